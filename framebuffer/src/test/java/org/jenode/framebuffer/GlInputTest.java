package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.testing.x11.Tools;
import org.jenode.input.InputEvent;
import org.jenode.input.InputEvent.AbsoluteMotion;
import org.jenode.input.InputEvent.Focus;
import org.jenode.input.InputEvent.Leave;
import org.jenode.input.InputEvent.Press;
import org.jenode.input.InputEvent.Release;
import org.jenode.input.InputEvent.Wheel;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What a person does at fb_gl's window arrives at the Input client as the events the README promises:
 * xdotool moves the X pointer, clicks and types through XTEST, as real devices would, and the probe
 * holding fb_gl's Input session must see exactly the expected events for each action.
 */
class GlInputTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String TITLE = "fb gl input";

    @Test
    void hostInputArrivesAsLinuxEvents() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("xdotool"), "fb_gl's input test needs xdotool (apt-get install xdotool; .ci/run does)");
        GlDisplay.privateFirst(this::drive);
    }

    private void drive(Tools x) throws Exception {
        Probe probe = new Probe("probe");
        String config = "<config width=\"100\" height=\"80\" scale=\"2\" title=\"" + TITLE + "\"/>";
        try (Core core = FbScenario.start("fb_gl", config, probe.binary())) {
            CountDownLatch modeChanged = new CountDownLatch(1);
            FramebufferSession fb = probe.onEp(env -> {
                FramebufferSession s = env.session(FramebufferSession.class, "fb");
                s.modeSigh(env.ep().handler(modeChanged::countDown));
                return s;
            });
            fb.dataspace();
            InputSession input = probe.onEp(env -> env.session(InputSession.class, "input"));
            Steps steps = new Steps(x, probe, input);
            String w = x.xdotool("search", "--sync", "--name", "^" + TITLE + "$").lines().findFirst().orElseThrow();

            // Without a window manager the focus is where XSetInputFocus puts it, and GLFW gave it to its new
            // window. Focusing the root window takes it away: the pointer is outside the window (Xvfb starts
            // it at the centre of the screen), else the window under it would still get the keys.
            String root = x.xdotool("search", "--maxdepth", "0", "--name", "").lines().findFirst().orElseThrow();
            // GLFW's Focus(true) from the start may reach the Input session or have been dropped before it opened.
            List<InputEvent> unfocus = steps.run(List.of("windowfocus", "--sync", root), l -> l.contains(new Focus(false)));
            if (!unfocus.isEmpty() && unfocus.get(0).equals(new Focus(true))) unfocus.remove(0);
            assertThat(unfocus).as("events of focusing the root window").containsExactly(new Focus(false));
            steps.expect(List.of("windowfocus", "--sync", w), new Focus(true));

            pointer(steps, w);
            keys(steps);

            // A key held while the focus goes elsewhere is released then: its real release goes elsewhere.
            steps.expect(List.of("keydown", "shift"), new Press(Keycodes.KEY_LEFTSHIFT));
            steps.expect(List.of("mousemove", "600", "500"), new Leave());
            steps.expect(List.of("windowfocus", "--sync", root), new Release(Keycodes.KEY_LEFTSHIFT), new Focus(false));
            x.xdotool("keyup", "shift");
            steps.expect(List.of("windowfocus", "--sync", w), new Focus(true));

            x.xdotool("windowsize", w, "300", "200");
            Await.until("mode signal after the resize", () -> modeChanged.getCount() == 0);
            assertThat(fb.mode()).isEqualTo(new Mode(150, 100));
            assertThat(fb.dataspace().size()).isEqualTo(150 * 100 * 4);
            Await.report(core, "init -> fb -> mode", r -> r.intAttribute("width", 0) == 150 && r.intAttribute("height", 0) == 100, TIMEOUT);
            steps.expect(List.of("mousemove", "--window", w, "299", "199"), new AbsoluteMotion(149, 99));
        }
    }

    /** Motion in screen pixels (window pixels / scale), the five buttons, and the wheel. */
    private static void pointer(Steps steps, String w) throws Exception {
        steps.expect(List.of("mousemove", "--window", w, "30", "40"), new AbsoluteMotion(15, 20));
        steps.expect(List.of("click", "1"), new Press(Keycodes.BTN_LEFT), new Release(Keycodes.BTN_LEFT));
        steps.expect(List.of("click", "3"), new Press(Keycodes.BTN_RIGHT), new Release(Keycodes.BTN_RIGHT));
        steps.expect(List.of("click", "2"), new Press(Keycodes.BTN_MIDDLE), new Release(Keycodes.BTN_MIDDLE));
        // X buttons 8 and 9 are a mouse's back and forward buttons, as in fb_fx
        steps.expect(List.of("click", "8"), new Press(Keycodes.BTN_SIDE), new Release(Keycodes.BTN_SIDE));
        steps.expect(List.of("click", "9"), new Press(Keycodes.BTN_EXTRA), new Release(Keycodes.BTN_EXTRA));
        steps.expect(List.of("click", "4"), new Wheel(0, 1));
        steps.expect(List.of("click", "5"), new Wheel(0, -1));
        // X buttons 6 and 7 scroll left and right; dx has Linux's REL_HWHEEL sign (positive: right)
        steps.expect(List.of("click", "6"), new Wheel(-1, 0));
        steps.expect(List.of("click", "7"), new Wheel(1, 0));
    }

    /** Keys as Linux codes (the physical key, whatever the layout), characters as the keymap makes them. */
    private static void keys(Steps steps) throws Exception {
        steps.expect(List.of("key", "a"), new Press(Keycodes.KEY_A), new InputEvent.Character('a'), new Release(Keycodes.KEY_A));
        // xdotool releases a chord's keys in the order it pressed them
        steps.expect(List.of("key", "shift+a"), new Press(Keycodes.KEY_LEFTSHIFT), new Press(Keycodes.KEY_A),
                new InputEvent.Character('A'), new Release(Keycodes.KEY_LEFTSHIFT), new Release(Keycodes.KEY_A));
        steps.key("Return", Keycodes.KEY_ENTER);
        steps.key("BackSpace", Keycodes.KEY_BACKSPACE);
        steps.key("Left", Keycodes.KEY_LEFT);
        steps.key("F12", Keycodes.KEY_F12);
        steps.key("Scroll_Lock", Keycodes.KEY_SCROLLLOCK);
        steps.key("KP_Begin", Keycodes.KEY_KP5); // keypad 5 without Num Lock (for KP_5 xdotool would press Num Lock)
        steps.key("KP_Enter", Keycodes.KEY_KPENTER);
        steps.key("Print", Keycodes.KEY_SYSRQ);
        steps.key("Menu", Keycodes.KEY_COMPOSE);
        steps.expect(List.of("key", "KP_Subtract"), new Press(Keycodes.KEY_KPMINUS), new InputEvent.Character('-'),
                new Release(Keycodes.KEY_KPMINUS));
        // xdotool presses the modifier a modifier key stands for first, which is the left one
        steps.expect(List.of("key", "Control_R"), new Press(Keycodes.KEY_LEFTCTRL), new Press(Keycodes.KEY_RIGHTCTRL),
                new Release(Keycodes.KEY_LEFTCTRL), new Release(Keycodes.KEY_RIGHTCTRL));
        // Text outside the keymap: xdotool types it on a spare keycode that it maps for the moment, which
        // GLFW's key table (read when GLFW starts) does not name. The character is what counts.
        steps.expect(List.of("key", "adiaeresis"), new Press(Keycodes.KEY_UNKNOWN), new InputEvent.Character('ä'),
                new Release(Keycodes.KEY_UNKNOWN));
        steps.expect(List.of("key", "grave"), new Press(Keycodes.KEY_GRAVE), new InputEvent.Character('`'), new Release(Keycodes.KEY_GRAVE));
    }

    /** Runs xdotool commands and checks the events each one produced. */
    private static final class Steps {
        private final Tools x;
        private final Probe probe;
        private final InputSession input;

        Steps(Tools x, Probe probe, InputSession input) {
            this.x = x;
            this.probe = probe;
            this.input = input;
        }

        /** A key without a character: its press and its release. */
        void key(String keysym, int code) throws Exception {
            expect(List.of("key", keysym), new Press(code), new Release(code));
        }

        /**
         * Runs {@code xdotool command}, then waits for as many events as expected and asserts them, so a
         * wrong code fails at once and names itself; an extra event fails this step or the next.
         */
        void expect(List<String> command, InputEvent... expected) throws Exception {
            List<InputEvent> got = run(command, l -> l.size() >= expected.length);
            assertThat(got).as("events of xdotool " + String.join(" ", command)).containsExactly(expected);
        }

        /** Runs {@code xdotool command} and collects events until {@code done} holds for them, or the timeout. */
        List<InputEvent> run(List<String> command, Predicate<List<InputEvent>> done) throws Exception {
            x.xdotool(command.toArray(String[]::new));
            return new ArrayList<>(FbScenario.collect(probe, input, done));
        }
    }
}
