package org.jenode.base.gfx;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.Test;

/** The X-ray tint: exact per-channel averages, only inside the clip, and clip guards that restore. */
class CanvasTintTest {

    @Test
    void theTintOfOnePixelIsTheExactChannelAverageForEveryPairOfValues() {
        for (int a = 0; a < 256; a++)
            for (int b = 0; b < 256; b++) {
                int x = (a << 16) | (b << 8) | a, y = (b << 16) | (a << 8) | (255 - b);
                int expected = (((a + b) / 2) << 16) | (((b + a) / 2) << 8) | ((a + 255 - b) / 2);
                assertThat(PixelRows.tint(x, y)).as("%06x %06x", x, y).isEqualTo(0xff000000 | expected);
            }
    }

    @Test
    void aTintMixesHalfTheColourIntoThePixelsOfTheClippedRectangleOnly() {
        Canvas c = Canvas.of(new int[4 * 2], 4, 2);
        c.fill(new Rect(0, 0, 4, 2), 0x80604020);
        try (var _ = new ClipGuard(c, new Rect(1, 0, 2, 2))) {
            c.tint(new Rect(0, 0, 4, 1), 0xff4488ff);
        }
        int tinted = 0xff000000 | (((0x60 + 0x22) / 2) << 16) | (((0x40 + 0x44) / 2) << 8) | ((0x20 + 0x7f) / 2);
        assertThat(c.get(1, 0)).isEqualTo(tinted);
        assertThat(c.get(2, 0)).isEqualTo(tinted);
        assertThat(c.get(0, 0)).as("outside the clip").isEqualTo(0x80604020);
        assertThat(c.get(1, 1)).as("outside the rectangle").isEqualTo(0x80604020);
        assertThat(c.clip()).as("restored").isEqualTo(new Rect(0, 0, 4, 2));
    }

    @Test
    void nestedGuardsOnlyNarrowTheClip() {
        Canvas c = Canvas.of(new int[10 * 10], 10, 10);
        try (var _ = new ClipGuard(c, new Rect(2, 2, 5, 5))) {
            try (var _ = new ClipGuard(c, new Rect(0, 0, 4, 4))) {
                assertThat(c.clip()).isEqualTo(new Rect(2, 2, 2, 2));
            }
            assertThat(c.clip()).isEqualTo(new Rect(2, 2, 5, 5));
        }
        assertThat(c.clip()).isEqualTo(new Rect(0, 0, 10, 10));
    }
}
