package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Moving a window by its title and resizing it by any of its eight sizers. */
class DragTest {

    /** Window 1's content at 100,100, 300x200 (right edge 400, bottom 300), and window 2 beside it. */
    private static Desk desk() {
        return new Desk("<config> <policy label=\"app1\" xpos=\"100\" ypos=\"100\"/> </config>")
                .screen(1200, 900).open(1, 300, 200).open(2, 100, 100);
    }

    @Test
    void draggingTheTitleMovesTheWindowWithThePointer() {
        Desk desk = desk().grab(1, Element.TITLE, 150, 90).motion(200, 120);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(150, 130, 300, 200));
        desk.motion(400, 500);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(350, 510, 300, 200));
        XmlNode layout = desk.layoutOf(1);
        assertThat(layout.attribute("xpos", "")).isEqualTo("350");
        assertThat(layout.child("highlight").orElseThrow().child("title").orElseThrow().attribute("pressed", ""))
                .isEqualTo("yes");
        assertThat(desk.reports().resizeRequest().children()).as("a move asks nothing of the client").isEmpty();

        desk.drop().motion(0, 0);
        assertThat(desk.geometry(1)).as("the drop ends the move").isEqualTo(new Rect(350, 510, 300, 200));
        assertThat(desk.layoutOf(1).has("focused")).isTrue();
    }

    static Stream<Arguments> sizers() {
        // the pointer moves by (+40, +30) from where it grabbed the sizer
        return Stream.of(
                Arguments.of(Element.LEFT, new Area(260, 200), new Point(140, 100)),
                Arguments.of(Element.RIGHT, new Area(340, 200), new Point(100, 100)),
                Arguments.of(Element.TOP, new Area(300, 170), new Point(100, 130)),
                Arguments.of(Element.BOTTOM, new Area(300, 230), new Point(100, 100)),
                Arguments.of(Element.TOP_LEFT, new Area(260, 170), new Point(140, 130)),
                Arguments.of(Element.TOP_RIGHT, new Area(340, 170), new Point(100, 130)),
                Arguments.of(Element.BOTTOM_LEFT, new Area(260, 230), new Point(140, 100)),
                Arguments.of(Element.BOTTOM_RIGHT, new Area(340, 230), new Point(100, 100)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizers")
    void eachSizerAsksForTheSizeThePointerDescribesAndAnchorsTheOppositeEdges(Element sizer, Area asked, Point at) {
        Desk desk = desk().grab(1, sizer, 250, 250).motion(290, 280);
        assertThat(desk.window(1).requested()).isEqualTo(asked);
        assertThat(desk.geometry(1)).as("the window waits for the client").isEqualTo(new Rect(100, 100, 300, 200));
        XmlNode request = desk.reports().resizeRequest().child("window").orElseThrow();
        assertThat(request.attributes()).containsEntry("id", "1")
                .containsEntry("width", String.valueOf(asked.width())).containsEntry("height", String.valueOf(asked.height()));

        desk.answer(1);
        assertThat(desk.geometry(1)).isEqualTo(Rect.of(at, asked));
        desk.drop();
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
        assertThat(desk.window(1).anchor()).isEqualTo(Element.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizers")
    void aClientThatAnswersAfterTheDropIsAnchoredAllTheSame(Element sizer, Area asked, Point at) {
        Desk desk = desk().grab(1, sizer, 250, 250).motion(290, 280).drop();
        assertThat(desk.reports().resizeRequest().children()).as("the request stands until the client answers").hasSize(1);
        desk.answer(1);
        assertThat(desk.geometry(1)).isEqualTo(Rect.of(at, asked));
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
    }

    /** A client slower than the drag answers an earlier request after the drop: that is not its answer to the last. */
    @Test
    void aLateAnswerToAnEarlierRequestLeavesTheLastStanding() {
        Desk desk = desk().grab(1, Element.BOTTOM_RIGHT, 400, 300).motion(460, 340).motion(520, 380).drop();
        assertThat(desk.window(1).requested()).isEqualTo(new Area(420, 280));
        desk.resizeClient(1, 360, 240);
        assertThat(desk.geometry(1)).as("the late answer shows").isEqualTo(new Rect(100, 100, 360, 240));
        assertThat(desk.window(1).requested()).as("the last request still stands").isEqualTo(new Area(420, 280));
        assertThat(desk.reports().resizeRequest().children()).hasSize(1);
        desk.answer(1);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(100, 100, 420, 280));
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
        assertThat(desk.window(1).superseded()).isEmpty();
    }

    @Test
    void aClientThatTakesAnotherSizeStillKeepsTheAnchoredEdge() {
        Desk desk = desk().grab(1, Element.LEFT, 100, 150).motion(390, 150).drop();
        assertThat(desk.window(1).requested()).isEqualTo(new Area(10, 200));
        desk.resizeClient(1, 64, 200);
        assertThat(desk.geometry(1)).as("its minimum width, right edge in place").isEqualTo(new Rect(336, 100, 64, 200));
        assertThat(desk.reports().resizeRequest().children()).as("the client's answer is taken").isEmpty();
        desk.resizeClient(1, 80, 200);
        assertThat(desk.geometry(1)).as("a later change of its own grows to the right again").isEqualTo(new Rect(336, 100, 80, 200));
    }

    @Test
    void aSizerDraggedPastTheOppositeEdgeAsksForOnePixel() {
        Desk desk = desk().grab(1, Element.BOTTOM_RIGHT, 400, 300).motion(-5000, -5000);
        assertThat(desk.window(1).requested()).isEqualTo(new Area(1, 1));
        desk.motion(Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertThat(desk.window(1).requested()).isEqualTo(new Area(Limits.MAX_SIZE, Limits.MAX_SIZE));
    }

    @Test
    void aWindowThatCannotBeResizedMovesByItsBorder() {
        Desk desk = new Desk().screen(1200, 900)
                .open(new ClientWindow(1, "fixed", "", new Area(300, 200), false, false, false));
        Point p = desk.window(1).position();
        desk.grab(1, Element.BOTTOM_RIGHT, 10, 10).motion(60, 30);
        assertThat(desk.window(1).position()).isEqualTo(p.plus(new Point(50, 20)));
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
    }

    @Test
    void aMaximizedWindowStaysPut() {
        Desk desk = desk().click(1, Element.MAXIMIZER).answer(1);
        Rect maximized = desk.geometry(1);
        desk.grab(1, Element.TITLE, 10, 10).motion(300, 300);
        assertThat(desk.geometry(1)).isEqualTo(maximized);
        desk.drop().grab(1, Element.LEFT, 10, 10).motion(300, 300);
        assertThat(desk.reports().resizeRequest().children()).isEmpty();
    }

    @Test
    void aPressBeforeTheHoverReportStartsTheDragOnceTheHoverIsKnown() {
        Desk desk = desk().motion(150, 90).press(Keycodes.BTN_LEFT);
        assertThat(desk.layout.grab()).isInstanceOf(Grab.Unresolved.class);
        desk.motion(160, 95).hover(1, Element.TITLE).motion(170, 100);
        assertThat(desk.geometry(1)).as("the drag counts from the press").isEqualTo(new Rect(120, 110, 300, 200));
        assertThat(desk.stacking()).first().isEqualTo(1);
    }

    @Test
    void aClickIntoAnUnfocusedWindowsContentRaisesAndFocusesItWithoutMovingIt() {
        // the wm forwards the click (press and release at once) before the decorator has reported the hover
        Desk desk = desk().hover(0, Element.NONE).motion(200, 200).press(Keycodes.BTN_LEFT).release(Keycodes.BTN_LEFT);
        assertThat(desk.stacking()).containsExactly(2, 1);
        desk.hover(1, Element.NONE);
        assertThat(desk.stacking()).containsExactly(1, 2);
        assertThat(desk.layout.focused()).isEqualTo(1);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(100, 100, 300, 200));
        assertThat(desk.layout.grab()).isEqualTo(Grab.FREE);
    }

    @Test
    void aClickWhoseHoverNeverCameIsForgottenOnTheNextMotion() {
        Desk desk = desk().motion(5, 5).press(Keycodes.BTN_LEFT).release(Keycodes.BTN_LEFT).motion(6, 6).hover(1, Element.TITLE);
        assertThat(desk.stacking()).as("hovering later is no click").containsExactly(2, 1);
        assertThat(desk.layout.focused()).isZero();
    }

    @Test
    void otherButtonsHeldMakeNoClick() {
        Desk desk = desk().motion(150, 90).hover(1, Element.TITLE).press(Keycodes.BTN_RIGHT).press(Keycodes.BTN_LEFT).motion(300, 300);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(100, 100, 300, 200));
        assertThat(desk.stacking()).containsExactly(2, 1);
    }
}
