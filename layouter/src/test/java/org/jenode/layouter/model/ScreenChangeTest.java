package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.Test;

/** After a change of resolution every window is still on the screen and can be grabbed. */
class ScreenChangeTest {

    private static final Margins MARGINS = new Margins(20, 4, 4, 4);

    private static Desk desk() {
        return new Desk("""
                <config>
                  <policy label="app1" xpos="1500" ypos="900"/>
                  <policy label="app2" xpos="100" ypos="100"/>
                  <policy label="app3" xpos="200" ypos="60"/>
                </config>""").screen(1920, 1080).margins(20, 4, 4, 4)
                .open(1, 400, 150).open(2, 300, 200).open(3, 1600, 900);
    }

    @Test
    void windowsOutsideTheNewScreenMoveOntoIt() {
        Desk desk = desk().screen(1024, 768);
        Rect screen = new Rect(0, 0, 1024, 768);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(620, 614, 400, 150));
        assertThat(desk.geometry(2)).as("a window on the new screen stays").isEqualTo(new Rect(100, 100, 300, 200));
        for (Window w : desk.layout.windows()) assertThat(screen.contains(MARGINS.outer(Rect.of(w.position(), w.expectedSize()))))
                .as("window %d with its frame", w.id()).isTrue();
    }

    @Test
    void aWindowTooBigForTheNewScreenIsAskedToShrinkAndKeepsItsTitleOnScreen() {
        Desk desk = desk().screen(1024, 768);
        assertThat(desk.window(3).requested()).isEqualTo(new Area(1016, 744));
        assertThat(desk.window(3).position()).isEqualTo(new Point(4, 20));
        desk.answer(3);
        assertThat(desk.geometry(3)).isEqualTo(new Rect(4, 20, 1016, 744));
    }

    @Test
    void maximizedWindowsFillTheNewScreenAndRestoreOntoIt() {
        Desk desk = desk().click(1, Element.MAXIMIZER).answer(1).screen(800, 600);
        assertThat(desk.window(1).position()).isEqualTo(new Point(4, 20));
        assertThat(desk.window(1).requested()).isEqualTo(new Area(792, 576));
        desk.answer(1).click(1, Element.MAXIMIZER).answer(1);
        assertThat(desk.geometry(1)).as("restored to where it was, moved onto the screen").isEqualTo(new Rect(396, 446, 400, 150));
    }

    @Test
    void aScreenOffsetCountsToo() {
        Desk desk = desk();
        desk.layout.apply(new LayoutEvent.ScreenChanged(new Rect(2000, 0, 1280, 1024)));
        assertThat(desk.geometry(2)).isEqualTo(new Rect(2004, 100, 300, 200));
        assertThat(desk.layout.maximized()).isEqualTo(new Rect(2004, 20, 1272, 1000));
    }

    @Test
    void growingTheScreenMovesNothing() {
        Desk desk = desk();
        var before = desk.layout.windows();
        desk.screen(2560, 1440);
        assertThat(desk.layout.windows()).isEqualTo(before);
    }

    /** A window that appeared before the decorator told its margins goes where its title bar is on the screen. */
    @Test
    void marginsThatArriveLateBringTheFramesOntoTheScreen() {
        Desk desk = new Desk().screen(640, 480).open(1, 200, 100);
        assertThat(desk.geometry(1).position()).as("placed as if undecorated").isEqualTo(new Point(0, 0));
        desk.margins(20, 4, 4, 4);
        assertThat(desk.geometry(1)).isEqualTo(new Rect(4, 20, 200, 100));
        var placed = desk.layout.windows();
        desk.margins(20, 4, 4, 4);
        assertThat(desk.layout.windows()).as("the same margins again move nothing").isEqualTo(placed);
    }
}
