package org.jenode.layouter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.Test;

/** New windows go where nothing is; the screen being full, they cascade; off-screen ones come back. */
class PlacementTest {

    private static final Rect SCREEN = new Rect(0, 0, 1000, 800);

    @Test
    void anEmptyScreenPlacesAtItsCorner() {
        assertThat(Placement.free(new Area(300, 200), List.of(), SCREEN)).contains(Point.ORIGIN);
        assertThat(Placement.free(new Area(300, 200), List.of(), new Rect(50, 20, 400, 400))).contains(new Point(50, 20));
    }

    @Test
    void theFirstFreeSpotInReadingOrderIsTaken() {
        List<Rect> occupied = List.of(new Rect(0, 0, 400, 300));
        assertThat(Placement.free(new Area(300, 200), occupied, SCREEN)).contains(new Point(400, 0));
        assertThat(Placement.free(new Area(700, 200), occupied, SCREEN)).as("too wide beside it: below it")
                .contains(new Point(0, 300));
    }

    @Test
    void aGapBetweenWindowsIsFoundWhenItFits() {
        List<Rect> occupied = List.of(new Rect(0, 0, 300, 800), new Rect(600, 0, 400, 800), new Rect(300, 0, 300, 100));
        assertThat(Placement.free(new Area(300, 700), occupied, SCREEN)).contains(new Point(300, 100));
        assertThat(Placement.free(new Area(301, 100), occupied, SCREEN)).isEmpty();
    }

    @Test
    void whatIsPlacedNeverOverlapsUntilTheScreenIsFull() {
        List<Rect> occupied = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var spot = Placement.free(new Area(250, 200), occupied, SCREEN);
            assertThat(spot).as("window %d of 12 (4 x 4 fit)", i).isPresent();
            Rect r = Rect.of(spot.get(), new Area(250, 200));
            assertThat(occupied).noneMatch(r::intersects);
            assertThat(SCREEN.contains(r)).isTrue();
            occupied.add(r);
        }
        for (int i = 0; i < 4; i++) occupied.add(Rect.of(Placement.free(new Area(250, 200), occupied, SCREEN).orElseThrow(),
                new Area(250, 200)));
        assertThat(Placement.free(new Area(250, 200), occupied, SCREEN)).as("the 17th does not fit").isEmpty();
    }

    @Test
    void tooManyWindowsSkipTheSearch() {
        List<Rect> tiny = new ArrayList<>();
        for (int i = 0; i <= Placement.MAX_OBSTACLES; i++) tiny.add(new Rect(i, 0, 1, 1));
        assertThat(Placement.free(new Area(10, 10), tiny, SCREEN)).isEmpty();
    }

    @Test
    void theCascadeIsGenodes() {
        assertThat(Placement.cascade(1, SCREEN)).isEqualTo(new Point(150, 130));
        assertThat(Placement.cascade(6, SCREEN)).isEqualTo(new Point(100, 130));
        assertThat(Placement.cascade(Integer.MAX_VALUE, SCREEN).x()).isBetween(0, 799);
    }

    @Test
    void fitMovesTheLeastDistanceAndKeepsTheTopLeftOfWhatIsTooBig() {
        assertThat(Placement.fit(new Rect(900, 700, 300, 200), SCREEN)).isEqualTo(new Rect(700, 600, 300, 200));
        assertThat(Placement.fit(new Rect(-50, -10, 300, 200), SCREEN)).isEqualTo(new Rect(0, 0, 300, 200));
        assertThat(Placement.fit(new Rect(10, 20, 300, 200), SCREEN)).isEqualTo(new Rect(10, 20, 300, 200));
        assertThat(Placement.fit(new Rect(500, 500, 1200, 900), SCREEN)).isEqualTo(new Rect(0, 0, 1200, 900));
    }
}
