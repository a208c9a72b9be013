package org.jenode.wm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/**
 * Input and focus across the wm: the focus ROM picks the session nitpicker gives the keyboard, input
 * reaches a client in its window's coordinates, clicks into windows and everything done to the frames
 * reach the layouter, and the decorator's pointer report follows the pointer.
 */
class InputAndFocusTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00;

    /** app at content (50,40) (it thinks (300,250)), other at (200,150); both 100x60. */
    private static WmDesk twoWindows() {
        WmDesk desk = new WmDesk();
        desk.app.open(100, 60, RED);
        desk.app.window(new Rect(300, 250, 100, 60), "");
        desk.other.open(100, 60, GREEN);
        desk.other.window(new Rect(0, 0, 100, 60), "");
        desk.layouter.awaitWindowList("two windows", l -> l.children("window").size() == 2);
        desk.decorator.place(1, new Rect(50, 40, 100, 60));
        desk.decorator.place(2, new Rect(200, 150, 100, 60));
        desk.awaitPixel("both shown", 250, 200, GREEN);
        desk.awaitPixel("both shown", 60, 50, RED);
        return desk;
    }

    @Test
    void theFocusRomDecidesWhoseSessionGetsTheKeyboard() {
        try (WmDesk desk = twoWindows()) {
            desk.layouter.focus(1);
            desk.awaitFocus("wm -> app");
            desk.screen.inject(new InputEvent.Press(Keycodes.KEY_Q), new InputEvent.Release(Keycodes.KEY_Q));
            Await.until("app typed", () -> desk.app.events().contains(new InputEvent.Release(Keycodes.KEY_Q)));

            desk.layouter.focus(2);
            desk.awaitFocus("wm -> other");
            desk.screen.inject(new InputEvent.Press(Keycodes.KEY_W), new InputEvent.Release(Keycodes.KEY_W));
            Await.until("other typed", () -> desk.other.events().contains(new InputEvent.Release(Keycodes.KEY_W)));
            assertThat(desk.app.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_W));
            assertThat(desk.other.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_Q));
        }
    }

    /**
     * A click on a frame makes the layouter focus its window while the button is still down, when nitpicker
     * refuses a focus change; the wm gives the focus again on the release.
     */
    @Test
    void aFocusGivenWhileAButtonIsHeldOnAFrameTakesEffectOnTheRelease() {
        try (WmDesk desk = twoWindows()) {
            desk.app.countModes();
            desk.screen.inject(new InputEvent.AbsoluteMotion(47, 70), new InputEvent.Press(Keycodes.BTN_LEFT)); // app's left border
            desk.awaitFocus("wm -> decorator");
            Await.until("the layouter heard the press", () -> desk.layouter.events().contains(new InputEvent.Press(Keycodes.BTN_LEFT)));

            desk.layouter.focus(1);
            // the wm handles its ROMs in order: once the app is asked to resize, the focus was handed to nitpicker
            desk.layouter.resize(1, 120, 70);
            Await.until("the resize request reached the app", () -> desk.app.modeSignals() > 0);
            assertThat(desk.awaitFocus("wm -> decorator").attribute("label", "")).as("refused while the button is down")
                    .isEqualTo("wm -> decorator");

            desk.screen.inject(new InputEvent.Release(Keycodes.BTN_LEFT));
            desk.awaitFocus("wm -> app");
        }
    }

    @Test
    void pointerInputReachesTheClientInWindowCoordinatesAndClicksReachTheLayouter() {
        try (WmDesk desk = twoWindows()) {
            desk.screen.inject(new InputEvent.AbsoluteMotion(60, 50));
            Await.until("motion at the app", () -> desk.app.events().contains(new InputEvent.AbsoluteMotion(310, 260)));
            desk.decorator.awaitPointer("entered the window", p -> p.intAttribute("xpos", -1) == 60 && p.intAttribute("ypos", -1) == 50);

            desk.screen.inject(new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.AbsoluteMotion(10, 10));
            Await.until("dragged out, still in the window's coordinates",
                    () -> desk.app.events().contains(new InputEvent.AbsoluteMotion(260, 220)));
            desk.screen.inject(new InputEvent.Release(Keycodes.BTN_LEFT));
            Await.until("released", () -> desk.app.events().contains(new InputEvent.Release(Keycodes.BTN_LEFT)));
            assertThat(desk.app.events()).contains(new InputEvent.Press(Keycodes.BTN_LEFT));

            Await.until("the layouter heard of the click", () -> desk.layouter.events().containsAll(List.of(
                    new InputEvent.AbsoluteMotion(60, 50), new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT))));
            assertThat(desk.layouter.events()).as("no client motion but the click position")
                    .doesNotContain(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.AbsoluteMotion(310, 260));

            desk.screen.inject(new InputEvent.AbsoluteMotion(210, 160));
            Await.until("the other window's coordinates", () -> desk.other.events().contains(new InputEvent.AbsoluteMotion(10, 10)));
        }
    }

    @Test
    void whatTheUserDoesToTheFramesGoesToTheLayouterNeverToTheDecorator() {
        try (WmDesk desk = twoWindows()) {
            desk.screen.inject(new InputEvent.AbsoluteMotion(47, 37), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.AbsoluteMotion(48, 38), new InputEvent.Release(Keycodes.BTN_LEFT));
            Await.until("frame input at the layouter, in screen coordinates", () -> desk.layouter.events().containsAll(List.of(
                    new InputEvent.AbsoluteMotion(47, 37), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.AbsoluteMotion(48, 38), new InputEvent.Release(Keycodes.BTN_LEFT))));
            desk.decorator.awaitPointer("on the frame", p -> p.intAttribute("xpos", -1) == 48 && p.intAttribute("ypos", -1) == 38);

            desk.screen.inject(new InputEvent.AbsoluteMotion(390, 5));
            XmlNode left = desk.decorator.awaitPointer("left every window", p -> p.attributes().isEmpty());
            assertThat(left.toXml()).isEqualTo("<pointer/>");
            Await.until("leave at the layouter", () -> desk.layouter.events().contains(new InputEvent.Leave()));
            boolean decoratorGotInput = desk.decorator.probe.onEp(env -> desk.decorator.session.input().pending());
            assertThat(decoratorGotInput).isFalse();
            assertThat(desk.app.events()).as("frames are not the client's").isEmpty();
        }
    }

    @Test
    void aGlobalKeySequenceRoutedToTheDecoratorReachesTheLayouterWhileAClientHasTheFocus() {
        try (WmDesk desk = twoWindows()) {
            desk.layouter.focus(1);
            desk.awaitFocus("wm -> app");
            desk.screen.inject(new InputEvent.Press(Keycodes.KEY_LEFTMETA), new InputEvent.Press(Keycodes.KEY_TAB),
                    new InputEvent.Release(Keycodes.KEY_TAB), new InputEvent.Release(Keycodes.KEY_LEFTMETA));
            Await.until("the sequence at the layouter", () -> desk.layouter.events().containsAll(List.of(
                    new InputEvent.Press(Keycodes.KEY_LEFTMETA), new InputEvent.Press(Keycodes.KEY_TAB),
                    new InputEvent.Release(Keycodes.KEY_TAB), new InputEvent.Release(Keycodes.KEY_LEFTMETA))));
            assertThat(desk.app.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_TAB));
        }
    }

    @Test
    void theLayoutersSessionShowsTheScreenModeAndHasNothingToDrawWith() {
        try (WmDesk desk = new WmDesk()) {
            var mode = desk.layouter.probe.onEp(env -> desk.layouter.session.mode());
            assertThat(mode.width()).isEqualTo(WmDesk.WIDTH);
            assertThat(mode.height()).isEqualTo(WmDesk.HEIGHT);
        }
    }
}
