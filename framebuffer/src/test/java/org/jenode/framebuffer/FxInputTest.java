package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.stage.WindowHelper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.fx.FxThread;
import org.jenode.input.InputEvent;
import org.jenode.input.InputEvent.AbsoluteMotion;
import org.jenode.input.InputEvent.Focus;
import org.jenode.input.InputEvent.Press;
import org.jenode.input.InputEvent.Release;
import org.jenode.input.InputEvent.Wheel;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * fb_fx under Monocle: what JavaFX reports at the window (its events fired at the screen node, as the
 * toolkit would deliver them) reaches the Input client exactly as WindowInput promises, the same events
 * GlInputTest sees from fb_gl: auto-repeat as one press, all five buttons, the wheel's Linux signs,
 * positions divided by the scale, and held keys released when another window takes the focus.
 */
class FxInputTest {

    private static final String TITLE = "fx input";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void windowEventsArriveAsLinuxEvents() throws Exception {
        Probe probe = new Probe("probe");
        try (Core _ = FbScenario.start("fb_fx", "<config width=\"100\" height=\"80\" scale=\"2\" title=\"" + TITLE + "\"/>", probe.binary())) {
            probe.onEp(env -> env.session(FramebufferSession.class, "fb")).dataspace();
            InputSession input = probe.onEp(env -> env.session(InputSession.class, "input"));
            Node screen = onFx(() -> scene().lookup("#jenode-screen"));
            Steps steps = new Steps(probe, input, screen);
            onFx(() -> {
                screen.getScene().getWindow().requestFocus();
                return null;
            });
            // The window's Focus(true) from when it opened may have come before the session: then nothing comes now.
            steps.drain();

            steps.expect(e -> e.fire(mouse(MouseEvent.MOUSE_MOVED, MouseButton.NONE, 31, 41)), new AbsoluteMotion(15, 20));
            steps.expect(e -> {
                e.fire(key(KeyEvent.KEY_PRESSED, KeyCode.A));
                e.fire(key(KeyEvent.KEY_PRESSED, KeyCode.A)); // the host's auto-repeat
                e.fire(key(KeyEvent.KEY_PRESSED, KeyCode.A));
            }, new Press(Keycodes.KEY_A));
            steps.expect(e -> e.fire(key(KeyEvent.KEY_RELEASED, KeyCode.A)), new Release(Keycodes.KEY_A));
            Map<MouseButton, Integer> buttons = new LinkedHashMap<>();
            buttons.put(MouseButton.PRIMARY, Keycodes.BTN_LEFT);
            buttons.put(MouseButton.SECONDARY, Keycodes.BTN_RIGHT);
            buttons.put(MouseButton.MIDDLE, Keycodes.BTN_MIDDLE);
            buttons.put(MouseButton.BACK, Keycodes.BTN_SIDE);
            buttons.put(MouseButton.FORWARD, Keycodes.BTN_EXTRA);
            for (var b : buttons.entrySet()) {
                steps.expect(e -> {
                    e.fire(mouse(MouseEvent.MOUSE_PRESSED, b.getKey(), 60, 20));
                    e.fire(mouse(MouseEvent.MOUSE_RELEASED, b.getKey(), 60, 20));
                }, new AbsoluteMotion(30, 10), new Press(b.getValue()), new Release(b.getValue()));
            }
            steps.expect(e -> {
                e.fire(scroll(0, 40));
                e.fire(scroll(0, -40));
                e.fire(scroll(40, 0)); // JavaFX's positive deltaX scrolls left
                e.fire(scroll(-40, 0));
            }, new Wheel(0, 1), new Wheel(0, -1), new Wheel(-1, 0), new Wheel(1, 0));

            // Another window takes the focus while shift is held: its real release will go there. Monocle never
            // moves the focus between windows, so the test tells the window what the toolkit would tell it.
            steps.expect(e -> e.fire(key(KeyEvent.KEY_PRESSED, KeyCode.SHIFT)), new Press(Keycodes.KEY_LEFTSHIFT));
            steps.expect(_ -> WindowHelper.setFocused(screen.getScene().getWindow(), false),
                    new Release(Keycodes.KEY_LEFTSHIFT), new Focus(false));
            steps.expect(e -> e.fire(key(KeyEvent.KEY_RELEASED, KeyCode.SHIFT)));
            steps.expect(_ -> WindowHelper.setFocused(screen.getScene().getWindow(), true), new Focus(true));
        }
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code) {
        return new KeyEvent(type, "", "", code, false, false, false, false);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, MouseButton button, double x, double y) {
        return new MouseEvent(type, x, y, x, y, button, 1, false, false, false, false, false, false, false, false, false,
                false, false, false, null);
    }

    private static ScrollEvent scroll(double dx, double dy) {
        return new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false, false, dx, dy, dx, dy,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private static Scene scene() {
        for (Window w : Window.getWindows())
            if (w instanceof Stage s && TITLE.equals(s.getTitle())) return w.getScene();
        throw new AssertionError("no fb_fx window among " + Window.getWindows());
    }

    private static <T> T onFx(Callable<T> work) throws Exception { return FxThread.call(TIMEOUT, work); }

    /** What the toolkit does for one step, on the FX thread. */
    private interface Action {
        void on(Firing at) throws Exception;
    }

    /** Fires events at the screen node. */
    private interface Firing {
        void fire(Event event);
    }

    /** Runs actions and checks exactly the events each produced. */
    private record Steps(Probe probe, InputSession input, Node screen) {

        void drain() {
            FbScenario.collect(probe, input, l -> true);
        }

        void expect(Action action, InputEvent... expected) throws Exception {
            onFx(() -> {
                action.on(event -> Event.fireEvent(screen, event));
                return null;
            });
            Predicate<List<InputEvent>> enough = l -> l.size() >= expected.length;
            List<InputEvent> got = new ArrayList<>(FbScenario.collect(probe, input, enough));
            // the window's Focus(true) from when it opened may come this late; it is no event of this step
            got.removeIf(e -> e.equals(new Focus(true)) && !List.of(expected).contains(e));
            assertThat(got).containsExactly(expected);
        }
    }
}
