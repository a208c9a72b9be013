package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.input.Keycodes.KEY_ENTER;
import static org.jenode.input.Keycodes.KEY_F4;
import static org.jenode.input.Keycodes.KEY_LEFTALT;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.Test;

/** Maximize and restore by the maximizer and by a key; close by the closer and by a key. */
class MaximizeCloseTest {

    private static Desk desk() {
        return new Desk(Desk.KEYS.replace("<config>", "<config> <policy label=\"app1\" xpos=\"100\" ypos=\"100\"/>"))
                .screen(1000, 800).margins(20, 4, 4, 4).open(1, 300, 200).open(2, 100, 100);
    }

    @Test
    void theMaximizerFillsTheScreenWithinTheDecorationsAndRestores() {
        Desk desk = desk().click(1, Element.MAXIMIZER);
        assertThat(desk.window(1).maximized()).isTrue();
        assertThat(desk.stacking()).first().isEqualTo(1);
        assertThat(desk.reports().resizeRequest().child("window").orElseThrow().attributes())
                .containsEntry("width", "992").containsEntry("height", "776");
        assertThat(desk.window(1).position()).as("placed at once, sized by the client").isEqualTo(new Point(4, 20));
        desk.answer(1);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(4, 20, 992, 776));
        assertThat(desk.reports().resizeRequest().children()).isEmpty();

        desk.click(1, Element.MAXIMIZER);
        assertThat(desk.window(1).maximized()).isFalse();
        assertThat(desk.window(1).requested()).isEqualTo(new Area(300, 200));
        desk.answer(1);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(100, 100, 300, 200));
    }

    @Test
    void aKeyMaximizesAndRestoresTheFocusedWindow() {
        Desk desk = desk().click(1, Element.TITLE).click(2, Element.TITLE).chord(KEY_LEFTALT, KEY_ENTER);
        assertThat(desk.window(2).maximized()).isTrue();
        assertThat(desk.window(1).maximized()).isFalse();
        desk.answer(2).chord(KEY_LEFTALT, KEY_ENTER).answer(2);
        assertThat(desk.window(2).maximized()).isFalse();
        assertThat(desk.geometry(2).area()).isEqualTo(new Area(100, 100));
    }

    @Test
    void newDecorationsRefitAMaximizedWindow() {
        Desk desk = desk().click(1, Element.MAXIMIZER).answer(1).margins(30, 0, 0, 0);
        assertThat(desk.window(1).position()).isEqualTo(new Point(0, 30));
        assertThat(desk.window(1).requested()).isEqualTo(new Area(1000, 770));
    }

    @Test
    void releasingTheCloserAsksTheClientToClose() {
        Desk desk = desk().grab(1, Element.CLOSER, 380, 90);
        assertThat(desk.reports().resizeRequest().children()).as("not on the press").isEmpty();
        desk.drop();
        var request = desk.reports().resizeRequest().child("window").orElseThrow();
        assertThat(request.attributes()).containsEntry("id", "1").containsEntry("width", "0").containsEntry("height", "0");
        assertThat(desk.window(1).closing()).isTrue();
        desk.resizeClient(1, 310, 200);
        assertThat(desk.window(1).closing()).as("only the window's going answers a close").isTrue();
        desk.close(1);
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
        assertThat(desk.stacking()).containsExactly(2);
    }

    @Test
    void pressingTheCloserAndLeavingItClosesNothing() {
        Desk desk = desk().grab(1, Element.CLOSER, 380, 90).motion(300, 300).hover(1, Element.TITLE).drop();
        assertThat(desk.window(1).closing()).isFalse();
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
    }

    @Test
    void aKeyClosesTheFocusedWindow() {
        Desk desk = desk().click(2, Element.TITLE).chord(KEY_LEFTALT, KEY_F4);
        assertThat(desk.window(2).closing()).isTrue();
        assertThat(desk.window(1).closing()).isFalse();
        assertThat(new Desk().open(1, 10, 10).chord(KEY_LEFTALT, KEY_F4).window(1).closing())
                .as("nothing focused, nothing closed").isFalse();
    }

    @Test
    void aWindowThatCannotBeResizedIsAskedToCloseButNeverToResize() {
        Desk desk = desk().open(new ClientWindow(3, "fixed", "", new Area(200, 100), false, false, false));
        desk.click(3, Element.TITLE).chord(KEY_LEFTALT, KEY_ENTER);
        assertThat(desk.window(3).maximized()).isTrue();
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
        desk.click(3, Element.CLOSER);
        assertThat(desk.reports().resizeRequest().child("window").orElseThrow().attribute("width", "")).isEqualTo("0");
    }
}
