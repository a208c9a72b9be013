package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.geometry.Area;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.layouter.model.LayoutEvent.FocusRequest;
import org.junit.jupiter.api.Test;

/** Events naming windows that are not there, keys that were never pressed, sizes and positions beyond reason. */
class HostileInputTest {

    @Test
    void aHoverOfAnUnknownWindowIsNoHover() {
        Desk desk = new Desk().open(1, 100, 100).hover(99, Element.TITLE);
        assertThat(desk.layout.hover()).isEqualTo(Hover.NONE);
        desk.press(Keycodes.BTN_LEFT).hover(-3, Element.CLOSER).release(Keycodes.BTN_LEFT);
        assertThat(desk.layout.focused()).isZero();
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
    }

    @Test
    void aDraggedWindowThatDisappearsEndsTheDrag() {
        Desk desk = new Desk().open(1, 100, 100).open(2, 100, 100).grab(1, Element.TITLE, 0, 0).close(1).motion(50, 50);
        assertThat(desk.layout.grab()).isEqualTo(Grab.FREE);
        assertThat(desk.layout.hover()).isEqualTo(Hover.NONE);
        desk.drop();
        assertThat(desk.stacking()).containsExactly(2);
    }

    @Test
    void releasesOfKeysNeverPressedAndRepeatedPressesChangeNothing() {
        Desk desk = new Desk().open(1, 100, 100).open(2, 100, 100).click(1, Element.TITLE)
                .release(Keycodes.KEY_LEFTALT).release(Keycodes.BTN_LEFT).release(Keycodes.KEY_TAB);
        desk.press(Keycodes.KEY_LEFTALT).press(Keycodes.KEY_LEFTALT).press(Keycodes.KEY_TAB).press(Keycodes.KEY_TAB);
        assertThat(desk.layout.focused()).as("one Alt-Tab, however often the keys repeat").isEqualTo(2);
    }

    @Test
    void pointerPositionsBeyondTheLimitsAreClamped() {
        Desk desk = new Desk().open(1, 100, 100).grab(1, Element.TITLE, 0, 0)
                .input(new InputEvent.AbsoluteMotion(Integer.MAX_VALUE, Integer.MIN_VALUE));
        assertThat(desk.window(1).position().x()).isEqualTo(Limits.MAX_COORD);
        assertThat(desk.window(1).position().y()).isEqualTo(-Limits.MAX_COORD);
        desk.input(new InputEvent.RelativeMotion(Integer.MAX_VALUE, 1), new InputEvent.Wheel(1, 1), new InputEvent.Touch(0, 1, 1),
                new InputEvent.Focus(true), new InputEvent.Leave(), new InputEvent.Character('x'), new InputEvent.TouchRelease(0));
        assertThat(desk.window(1).position().x()).as("other events move nothing").isEqualTo(Limits.MAX_COORD);
    }

    @Test
    void focusRequestsForNoWindowOrAnEmptyLabelFocusNothing() {
        Desk desk = new Desk().open(1, 100, 100);
        desk.layout.apply(new FocusRequest("", 1, true));
        desk.layout.apply(new FocusRequest("nobody", 2, true));
        assertThat(desk.layout.focused()).isZero();
    }

    @Test
    void aWindowListWithAThousandWindowsIsLaidOutWithoutOverlapWhileThereIsRoom() {
        Desk desk = new Desk().screen(1920, 1080);
        ClientWindow[] many = new ClientWindow[1023];
        for (int i = 0; i < many.length; i++) many[i] = Desk.client(i + 1, "flood", 120, 90);
        desk.open(many);
        assertThat(desk.layout.windows()).hasSize(1023);
        assertThat(desk.layout.windows()).allSatisfy(w -> assertThat(desk.layout.screen().contains(w.geometry())).isTrue());
        desk.open(Desk.client(2000, "late", 100, 100));
        assertThat(desk.window(2000).position()).isEqualTo(Placement.cascade(2000, desk.layout.screen()));
    }

    @Test
    void aZeroSizedWindowIsPlacedAndNotMistakenForClosing() {
        Desk desk = new Desk().open(new ClientWindow(1, "empty", "", Area.EMPTY, false, false, true));
        assertThat(desk.window(1).closing()).isFalse();
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
    }
}
