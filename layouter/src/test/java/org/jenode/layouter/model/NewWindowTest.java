package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.Test;

/** Where a window goes when it appears, and how it is stacked and focused then. */
class NewWindowTest {

    @Test
    void windowsAppearSideBySideWithTheirFramesApart() {
        Desk desk = new Desk().screen(1000, 800).margins(20, 4, 4, 4)
                .open(1, 300, 200).open(2, 300, 200).open(3, 300, 200).open(4, 300, 200);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(4, 20, 300, 200));
        assertThat(desk.geometry(2)).isEqualTo(new Rect(312, 20, 300, 200));
        assertThat(desk.geometry(3)).isEqualTo(new Rect(620, 20, 300, 200));
        assertThat(desk.geometry(4)).as("no room beside: next row").isEqualTo(new Rect(4, 244, 300, 200));
        Margins m = new Margins(20, 4, 4, 4);
        for (int a = 1; a <= 4; a++)
            for (int b = a + 1; b <= 4; b++)
                assertThat(m.outer(desk.geometry(a)).intersects(m.outer(desk.geometry(b)))).as("%d and %d", a, b).isFalse();
    }

    @Test
    void aFullScreenFallsBackToGenodesCascadeOnTheScreen() {
        Desk desk = new Desk().screen(800, 600).open(1, 800, 600).open(2, 300, 200);
        assertThat(desk.window(2).position()).isEqualTo(Placement.cascade(2, new Rect(0, 0, 800, 600)));
        desk.open(7, 700, 500);
        assertThat(desk.geometry(7)).as("the cascade spot, moved onto the screen").isEqualTo(new Rect(100, 100, 700, 500));
    }

    @Test
    void aNewWindowGoesInFrontWithoutTakingTheFocus() {
        Desk desk = new Desk().open(1, 300, 200).click(1, Element.TITLE).open(2, 300, 200);
        assertThat(desk.stacking()).containsExactly(2, 1);
        assertThat(desk.layout.focused()).as("a window that just appeared does not get the keys typed into another").isEqualTo(1);
        assertThat(new Desk().open(1, 300, 200).layout.focused()).isZero();
    }

    @Test
    void hiddenWindowsTakeNoRoomAndAreNotLaidOut() {
        Desk desk = new Desk().screen(1000, 800)
                .open(new ClientWindow(1, "hidden", "", new Area(300, 200), false, true, true)).open(2, 300, 200);
        assertThat(desk.window(2).position()).isEqualTo(Point.ORIGIN);
        assertThat(desk.reports().windowLayout().children("window")).extracting(w -> w.attribute("id", "")).containsExactly("2");
    }

    @Test
    void aPolicyPlacesOrMaximizesWindowsOfItsLabel() {
        Desk desk = new Desk("""
                <config>
                  <policy label="init -> clock" xpos="500" ypos="40"/>
                  <policy label_prefix="init -> term" maximized="yes"/>
                </config>""").screen(1000, 800).margins(20, 4, 4, 4)
                .open(Desk.client(1, "init -> clock", 200, 100), Desk.client(2, "init -> terminal", 400, 300),
                        Desk.client(3, "init -> testnit", 100, 100));
        assertThat(desk.window(1).position()).isEqualTo(new Point(500, 40));
        assertThat(desk.window(2).maximized()).isTrue();
        assertThat(desk.window(2).position()).isEqualTo(new Point(4, 20));
        assertThat(desk.window(2).requested()).isEqualTo(new Area(992, 776));
        assertThat(desk.window(3).position()).as("no policy, and the terminal will fill the screen: the cascade")
                .isEqualTo(Placement.cascade(3, new Rect(0, 0, 1000, 800)));
    }

    @Test
    void aPolicyOffTheScreenIsMovedOntoIt() {
        Desk desk = new Desk("<config> <policy label=\"far\" xpos=\"5000\" ypos=\"-300\"/> </config>")
                .screen(1000, 800).open(Desk.client(1, "far", 200, 100));
        assertThat(desk.geometry(1)).isEqualTo(new Rect(800, 0, 200, 100));
    }

    @Test
    void titleAndLabelMakeTheCaption() {
        Desk desk = new Desk().open(new ClientWindow(1, "init -> testnit", "hello", new Area(10, 10), true, false, false));
        var w = desk.layoutOf(1);
        assertThat(w.attribute("title", "")).isEqualTo("init -> testnit hello");
        assertThat(w.attribute("has_alpha", "")).isEqualTo("yes");
        assertThat(w.has("maximizer")).as("a client that cannot be resized cannot be maximized from the frame").isFalse();
        assertThat(w.attribute("closer", "")).as("but every window can be asked to close").isEqualTo("yes");
    }
}
