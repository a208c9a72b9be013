package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.Test;

/** Genode's {@code Dirty_rect<Rect,3>}: merged while they overlap, never more than three, clipped on take. */
class DirtyRectsTest {

    private static final Rect SCREEN = new Rect(0, 0, 1000, 1000);

    @Test
    void disjointRectanglesStaySeparateAndContainedOnesVanish() {
        DirtyRects d = new DirtyRects();
        d.add(new Rect(0, 0, 10, 10));
        d.add(new Rect(100, 0, 10, 10));
        d.add(new Rect(2, 2, 3, 3));
        assertThat(d.take(SCREEN)).containsExactly(new Rect(0, 0, 10, 10), new Rect(100, 0, 10, 10));
        assertThat(d.take(SCREEN)).as("taking forgets").isEmpty();
    }

    @Test
    void overlappingRectanglesMergeIntoTheirUnionTransitively() {
        DirtyRects d = new DirtyRects();
        d.add(new Rect(0, 0, 10, 10));
        d.add(new Rect(20, 0, 10, 10));
        d.add(new Rect(5, 5, 20, 2)); // overlaps both: all three become one
        assertThat(d.take(SCREEN)).containsExactly(new Rect(0, 0, 30, 10));
    }

    @Test
    void aFourthRectangleMergesWithTheOneThatGrowsLeast() {
        DirtyRects d = new DirtyRects();
        d.add(new Rect(0, 0, 10, 10));
        d.add(new Rect(500, 0, 10, 10));
        d.add(new Rect(0, 500, 10, 10));
        d.add(new Rect(520, 0, 10, 10)); // nearest to the second
        List<Rect> rects = d.take(SCREEN);
        assertThat(rects).hasSize(DirtyRects.MAX).contains(new Rect(0, 0, 10, 10), new Rect(0, 500, 10, 10), new Rect(500, 0, 30, 10));
    }

    @Test
    void emptyRectanglesAreIgnoredAndEverythingIsClippedToTheScreen() {
        DirtyRects d = new DirtyRects();
        d.add(Rect.EMPTY);
        d.add(new Rect(5, 5, 0, 7));
        d.add(new Rect(990, -5, 100, 10));
        d.add(new Rect(2000, 2000, 5, 5));
        assertThat(d.take(SCREEN)).containsExactly(new Rect(990, 0, 10, 5));
    }

    @Test
    void extremeCoordinatesNeitherOverflowNorThrow() {
        DirtyRects d = new DirtyRects();
        for (int i = 0; i < 100; i++) d.add(new Rect(Integer.MAX_VALUE / 2 - i * 1000, i * 7, 1000, 1000));
        d.add(new Rect(-1_000_000, -1_000_000, 1_000_100, 1_000_100));
        List<Rect> rects = d.take(SCREEN);
        assertThat(rects).hasSizeLessThanOrEqualTo(DirtyRects.MAX).allMatch(SCREEN::contains)
                .anyMatch(r -> r.contains(new Rect(0, 0, 100, 100)));
    }
}
