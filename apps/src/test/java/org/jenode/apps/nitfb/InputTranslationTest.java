package org.jenode.apps.nitfb;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** How input reaches nit_fb's client. */
class InputTranslationTest {

    private final InputTranslation at100x50 = new InputTranslation(new Point(100, 50), new Area(320, 240));

    @Test
    void positionsAreRelativeToTheViewAndClampedToItsScreen() {
        assertThat(at100x50.apply(new InputEvent.AbsoluteMotion(130, 60))).isEqualTo(new InputEvent.AbsoluteMotion(30, 10));
        assertThat(at100x50.apply(new InputEvent.AbsoluteMotion(10, 600))).isEqualTo(new InputEvent.AbsoluteMotion(0, 239));
        assertThat(at100x50.apply(new InputEvent.AbsoluteMotion(Integer.MIN_VALUE, Integer.MAX_VALUE)))
                .as("no overflow").isEqualTo(new InputEvent.AbsoluteMotion(0, 239));
        // the raw panel position is the calibrator's and passes untouched
        assertThat(at100x50.apply(new InputEvent.Touch(2, 500, 51, 4000, 7))).isEqualTo(new InputEvent.Touch(2, 319, 1, 4000, 7));
    }

    @Test
    void whatHasNoPositionPassesUnchanged() {
        for (InputEvent e : new InputEvent[] {new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.KEY_A),
                new InputEvent.Wheel(0, -1), new InputEvent.RelativeMotion(-5, 3), new InputEvent.TouchRelease(2),
                new InputEvent.Focus(false), new InputEvent.Leave(), new InputEvent.Character('x')})
            assertThat(at100x50.apply(e)).isEqualTo(e);
    }
}
