package org.jenode.framebuffer.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jenode.framebuffer.driver.WindowInput.Button;
import org.jenode.input.InputEvent;
import org.jenode.input.InputEvent.AbsoluteMotion;
import org.jenode.input.InputEvent.Focus;
import org.jenode.input.InputEvent.Press;
import org.jenode.input.InputEvent.Release;
import org.jenode.input.InputEvent.Wheel;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** Host facts in, the README's Input events out: what fb_fx and fb_gl both rely on. */
class WindowInputTest {

    private final List<InputEvent> out = new ArrayList<>();
    private int scale = 1;
    private final WindowInput input = new WindowInput(out::add, () -> scale);

    @Test
    void aHeldKeyIsPressedOnceHoweverOftenTheHostRepeatsIt() {
        input.key(Keycodes.KEY_A, true);
        input.key(Keycodes.KEY_A, true);
        input.key(Keycodes.KEY_A, true);
        input.key(Keycodes.KEY_A, false);
        input.key(Keycodes.KEY_A, false); // a release of a key not held (pressed before the window had the focus)
        assertThat(out).containsExactly(new Press(Keycodes.KEY_A), new Release(Keycodes.KEY_A));
    }

    @Test
    void losingTheFocusReleasesEveryHeldKeyAndButtonInTheOrderTheyWentDown() {
        input.key(Keycodes.KEY_LEFTSHIFT, true);
        input.button(Button.LEFT, true);
        input.key(Keycodes.KEY_B, true);
        input.key(Keycodes.KEY_B, false);
        out.clear();
        input.focus(false);
        assertThat(out).containsExactly(new Release(Keycodes.KEY_LEFTSHIFT), new Release(Keycodes.BTN_LEFT), new Focus(false));
        out.clear();
        // their real releases went to another window: here they are nothing
        input.key(Keycodes.KEY_LEFTSHIFT, false);
        input.button(Button.LEFT, false);
        input.focus(true);
        assertThat(out).containsExactly(new Focus(true));
    }

    @Test
    void everyButtonHasItsLinuxCode() {
        for (Button b : Button.values()) {
            input.button(b, true);
            input.button(b, false);
        }
        assertThat(out).containsExactly(
                new Press(Keycodes.BTN_LEFT), new Release(Keycodes.BTN_LEFT),
                new Press(Keycodes.BTN_RIGHT), new Release(Keycodes.BTN_RIGHT),
                new Press(Keycodes.BTN_MIDDLE), new Release(Keycodes.BTN_MIDDLE),
                new Press(Keycodes.BTN_SIDE), new Release(Keycodes.BTN_SIDE),
                new Press(Keycodes.BTN_EXTRA), new Release(Keycodes.BTN_EXTRA));
    }

    @Test
    void wheelStepsTakeLinuxSigns() {
        input.wheel(0, 40);   // up
        input.wheel(0, -0.5); // down, however small
        input.wheel(3, 0);    // the hosts' positive x is left; REL_HWHEEL's positive is right
        input.wheel(-3, 0);
        input.wheel(0, 0);    // nothing
        input.wheel(Double.NaN, 0);
        assertThat(out).containsExactly(new Wheel(0, 1), new Wheel(0, -1), new Wheel(-1, 0), new Wheel(1, 0));
    }

    @Test
    void positionsAreWindowPixelsDividedByTheCurrentScaleRoundedDown() {
        scale = 2;
        input.motion(31.9, 40);
        input.touch(3, 5, 5.5);
        scale = 3;
        input.motion(-1, 8.99);
        assertThat(out).containsExactly(new AbsoluteMotion(15, 20), new InputEvent.Touch(3, 2, 2), new AbsoluteMotion(-1, 2));
    }

    @Test
    void onlyTextBecomesCharacters() {
        input.character('a');
        input.character(0x08);     // backspace comes as KEY_BACKSPACE
        input.character(0x7f);     // delete too
        input.character(0x1F600);  // an emoji is text
        input.character(-5);
        input.character(0x110000); // no code point
        assertThat(out).containsExactly(new InputEvent.Character('a'), new InputEvent.Character(0x1F600));
    }
}
