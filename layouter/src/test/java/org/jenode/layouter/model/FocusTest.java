package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.input.Keycodes.KEY_LEFTALT;
import static org.jenode.input.Keycodes.KEY_LEFTSHIFT;
import static org.jenode.input.Keycodes.KEY_TAB;

import org.jenode.base.geometry.Area;
import org.jenode.layouter.model.LayoutEvent.FocusRequest;
import org.junit.jupiter.api.Test;

/** Raising and focusing: by click, by Alt-Tab and Alt-Shift-Tab, and by a client's focus request. */
class FocusTest {

    /** Windows 1, 2, 3 (3 in front), focused by clicks in the order 1, 2, 3: history 3, 2, 1. */
    private static Desk threeFocused() {
        return new Desk().screen(1200, 900).open(1, 200, 100).open(2, 200, 100).open(3, 200, 100)
                .click(1, Element.TITLE).click(2, Element.TITLE).click(3, Element.TITLE);
    }

    @Test
    void aClickRaisesAndFocusesTheWindowAndCountsTheRaise() {
        Desk desk = new Desk().screen(1200, 900).open(1, 200, 100).open(2, 200, 100);
        assertThat(desk.stacking()).containsExactly(2, 1);
        desk.click(1, Element.TITLE);
        assertThat(desk.stacking()).containsExactly(1, 2);
        assertThat(desk.layout.focused()).isEqualTo(1);
        assertThat(desk.layoutOf(1).attribute("topped", "")).isEqualTo("1");
        assertThat(desk.layoutOf(1).attribute("focused", "")).isEqualTo("yes");
        assertThat(desk.layoutOf(2).has("focused")).isFalse();
        assertThat(desk.reports().focus().child("window").orElseThrow().attribute("id", "")).isEqualTo("1");
        assertThat(desk.reports().windowLayout().children("window").getFirst().attribute("id", ""))
                .as("front-most first").isEqualTo("1");

        desk.click(1, Element.TITLE);
        assertThat(desk.layoutOf(1).attribute("topped", "")).as("already in front: no raise").isEqualTo("1");
        desk.click(2, Element.BOTTOM);
        assertThat(desk.stacking()).containsExactly(2, 1);
        assertThat(desk.layout.focused()).isEqualTo(2);
    }

    @Test
    void hoverHighlightsButDoesNotFocus() {
        Desk desk = new Desk().open(1, 200, 100).hover(1, Element.TOP_LEFT);
        assertThat(desk.layout.focused()).isZero();
        assertThat(desk.layoutOf(1).child("highlight").orElseThrow().hasChild("top_left")).isTrue();
        desk.hover(0, Element.NONE);
        assertThat(desk.layoutOf(1).hasChild("highlight")).isFalse();
    }

    @Test
    void altTabWalksTheFocusHistoryAndRaisesOnRelease() {
        Desk desk = threeFocused().press(KEY_LEFTALT).press(KEY_TAB);
        assertThat(desk.layout.focused()).as("the window focused before").isEqualTo(2);
        assertThat(desk.stacking()).as("not raised while Alt is held").containsExactly(3, 2, 1);
        desk.release(KEY_TAB).press(KEY_TAB);
        assertThat(desk.layout.focused()).isEqualTo(1);
        desk.release(KEY_TAB).press(KEY_TAB);
        assertThat(desk.layout.focused()).as("round to the start").isEqualTo(3);
        desk.release(KEY_TAB).press(KEY_TAB).release(KEY_TAB).release(KEY_LEFTALT);
        assertThat(desk.layout.focused()).isEqualTo(2);
        assertThat(desk.stacking()).containsExactly(2, 3, 1);

        desk.chord(KEY_LEFTALT, KEY_TAB);
        assertThat(desk.layout.focused()).as("Alt-Tab again goes back to the one before").isEqualTo(3);
        assertThat(desk.stacking()).containsExactly(3, 2, 1);
    }

    @Test
    void altShiftTabWalksItBackwards() {
        Desk desk = threeFocused().press(KEY_LEFTALT).press(KEY_LEFTSHIFT).press(KEY_TAB);
        assertThat(desk.layout.focused()).as("from the most recent to the least recent").isEqualTo(1);
        desk.release(KEY_TAB).press(KEY_TAB);
        assertThat(desk.layout.focused()).isEqualTo(2);
        desk.release(KEY_TAB).release(KEY_LEFTSHIFT).release(KEY_LEFTALT);
        assertThat(desk.stacking()).containsExactly(2, 3, 1);
    }

    @Test
    void tabWithoutAltDoesNothing() {
        Desk desk = threeFocused().chord(KEY_TAB).chord(KEY_LEFTSHIFT, KEY_TAB);
        assertThat(desk.layout.focused()).isEqualTo(3);
    }

    @Test
    void altTabSkipsHiddenWindows() {
        Desk desk = threeFocused().replace(new ClientWindow(2, "app2", "", new Area(200, 100), false, true, true));
        desk.chord(KEY_LEFTALT, KEY_TAB);
        assertThat(desk.layout.focused()).isEqualTo(1);
    }

    @Test
    void whenTheFocusedWindowGoesTheMostRecentOtherOneGetsTheFocus() {
        Desk desk = threeFocused().close(3);
        assertThat(desk.layout.focused()).isEqualTo(2);
        desk.close(2).close(1);
        assertThat(desk.layout.focused()).isZero();
        assertThat(desk.reports().focus().child("window").orElseThrow().attribute("id", "")).isEqualTo("0");
    }

    @Test
    void aFocusRequestRaisesAndFocusesTheWindowsOfTheLabelOnce() {
        Desk desk = new Desk().open(Desk.client(1, "init -> viewer", 100, 100), Desk.client(2, "init -> clock", 100, 100),
                Desk.client(3, "init -> viewer -> 2", 100, 100));
        assertThat(desk.stacking()).containsExactly(3, 2, 1);
        desk.layout.apply(new FocusRequest("init -> viewer", 7, true));
        assertThat(desk.stacking()).containsExactly(3, 1, 2);
        assertThat(desk.layout.focused()).isEqualTo(3);
        desk.click(2, Element.TITLE);
        desk.layout.apply(new FocusRequest("init -> viewer", 7, true));
        assertThat(desk.layout.focused()).as("the same request is applied once").isEqualTo(2);
    }

    @Test
    void aFocusRequestForAWindowNotThereYetWaitsForIt() {
        Desk desk = new Desk().open(1, 100, 100);
        desk.layout.apply(new FocusRequest("init -> launched", 1, true));
        assertThat(desk.layout.focused()).isZero();
        desk.open(Desk.client(2, "init -> launched", 100, 100));
        assertThat(desk.layout.focused()).isEqualTo(2);
    }

    @Test
    void aFocusRequestFromBeforeTheStartIsNotReplayed() {
        Desk desk = new Desk().open(Desk.client(1, "init -> a", 100, 100), Desk.client(2, "init -> b", 100, 100));
        desk.layout.apply(new FocusRequest("init -> a", 3, false));
        assertThat(desk.layout.focused()).isZero();
        desk.layout.apply(new FocusRequest("init -> a", 3, true));
        assertThat(desk.layout.focused()).as("and not applied later either").isZero();
    }
}
