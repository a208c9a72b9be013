package org.jenode.base.gfx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compositor's two-lane blend gives exactly the rounded per-channel result. */
class CanvasMixTest {

    @Test
    void everyChannelValueAndAlphaMatchesTheRoundedFormula() {
        int[] others = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff};
        for (int a = 0; a < 256; a++) {
            for (int v = 0; v < 256; v++) {
                for (int o : others) {
                    int src = 0x80000000 | (v << 16) | (o << 8) | (255 - v);
                    int dst = 0xff000000 | (o << 16) | (v << 8) | o;
                    assertThat(Canvas.mix(src, dst, a)).as("src %08x dst %08x a %d", src, dst, a).isEqualTo(ScalarCanvas.mix(src, dst, a));
                    assertThat(Canvas.mix(dst, src, a)).as("src %08x dst %08x a %d", dst, src, a).isEqualTo(ScalarCanvas.mix(dst, src, a));
                }
            }
        }
    }
}
