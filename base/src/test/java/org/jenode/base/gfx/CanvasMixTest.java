package org.jenode.base.gfx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compositor's two-lane blend gives exactly the rounded per-channel result. */
class CanvasMixTest {

    private static int reference(int src, int dst, int a) {
        int na = 255 - a;
        int r = (((src >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * na + 127) / 255;
        int g = (((src >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * na + 127) / 255;
        int b = ((src & 0xff) * a + (dst & 0xff) * na + 127) / 255;
        return (dst & 0xff000000) | (r << 16) | (g << 8) | b;
    }

    @Test
    void everyChannelValueAndAlphaMatchesTheRoundedFormula() {
        int[] others = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff};
        for (int a = 0; a < 256; a++) {
            for (int v = 0; v < 256; v++) {
                for (int o : others) {
                    int src = 0x80000000 | (v << 16) | (o << 8) | (255 - v);
                    int dst = 0xff000000 | (o << 16) | (v << 8) | o;
                    assertThat(Canvas.mix(src, dst, a)).as("src %08x dst %08x a %d", src, dst, a).isEqualTo(reference(src, dst, a));
                    assertThat(Canvas.mix(dst, src, a)).as("src %08x dst %08x a %d", dst, src, a).isEqualTo(reference(dst, src, a));
                }
            }
        }
    }
}
