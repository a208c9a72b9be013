package org.jenode.framebuffer.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** The JavaFX key table names the physical keys Linux names. */
class FxKeysTest {

    @Test
    void coversTheKeyGroups() {
        assertThat(FxKeys.linux(KeyCode.A)).isEqualTo(Keycodes.KEY_A);
        assertThat(FxKeys.linux(KeyCode.Z)).isEqualTo(Keycodes.KEY_Z);
        assertThat(FxKeys.linux(KeyCode.DIGIT0)).isEqualTo(Keycodes.KEY_0);
        assertThat(FxKeys.linux(KeyCode.F1)).isEqualTo(Keycodes.KEY_F1);
        assertThat(FxKeys.linux(KeyCode.F12)).isEqualTo(Keycodes.KEY_F12);
        assertThat(FxKeys.linux(KeyCode.F24)).isEqualTo(Keycodes.KEY_F24);
        assertThat(FxKeys.linux(KeyCode.SHIFT)).isEqualTo(Keycodes.KEY_LEFTSHIFT);
        assertThat(FxKeys.linux(KeyCode.UP)).isEqualTo(Keycodes.KEY_UP);
        assertThat(FxKeys.linux(KeyCode.DELETE)).isEqualTo(Keycodes.KEY_DELETE);
        assertThat(FxKeys.linux(KeyCode.SEMICOLON)).isEqualTo(Keycodes.KEY_SEMICOLON);
        assertThat(FxKeys.linux(KeyCode.NUMPAD7)).isEqualTo(Keycodes.KEY_KP7);
        assertThat(FxKeys.linux(KeyCode.UNDEFINED)).isEqualTo(Keycodes.KEY_UNKNOWN);
        for (char c = 'A'; c <= 'Z'; c++) assertThat(FxKeys.linux(KeyCode.valueOf("" + c))).isNotEqualTo(Keycodes.KEY_UNKNOWN);
        for (int f = 1; f <= 24; f++) assertThat(FxKeys.linux(KeyCode.valueOf("F" + f))).isNotEqualTo(Keycodes.KEY_UNKNOWN);
    }
}
