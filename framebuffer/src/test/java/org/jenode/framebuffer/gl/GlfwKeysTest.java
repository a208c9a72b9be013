package org.jenode.framebuffer.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.glfw.GLFW.*;

import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** The GLFW key table names the physical keys Linux names (no native library needed: constants only). */
class GlfwKeysTest {

    @Test
    void coversTheKeyGroups() {
        assertThat(GlfwKeys.linux(GLFW_KEY_A)).isEqualTo(Keycodes.KEY_A);
        assertThat(GlfwKeys.linux(GLFW_KEY_Q)).isEqualTo(Keycodes.KEY_Q);
        assertThat(GlfwKeys.linux(GLFW_KEY_9)).isEqualTo(Keycodes.KEY_9);
        assertThat(GlfwKeys.linux(GLFW_KEY_F24)).isEqualTo(Keycodes.KEY_F24);
        assertThat(GlfwKeys.linux(GLFW_KEY_RIGHT_CONTROL)).isEqualTo(Keycodes.KEY_RIGHTCTRL);
        assertThat(GlfwKeys.linux(GLFW_KEY_PAGE_DOWN)).isEqualTo(Keycodes.KEY_PAGEDOWN);
        assertThat(GlfwKeys.linux(GLFW_KEY_GRAVE_ACCENT)).isEqualTo(Keycodes.KEY_GRAVE);
        assertThat(GlfwKeys.linux(GLFW_KEY_KP_ENTER)).isEqualTo(Keycodes.KEY_KPENTER);
        assertThat(GlfwKeys.linux(GLFW_KEY_UNKNOWN)).isEqualTo(Keycodes.KEY_UNKNOWN);
    }
}
