package org.jenode.apps.imageviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.jenode.apps.common.Image;
import org.jenode.base.gfx.Canvas;
import org.junit.jupiter.api.Test;

class FittedTest {

    private static Image plain(int w, int h, int argb) {
        int[] px = new int[w * h];
        Arrays.fill(px, argb);
        return new Image(w, h, px);
    }

    @Test
    void aPictureOfTheCanvasSizeIsCopiedAsItIs() {
        Image image = plain(4, 3, 0xff112233);
        image.argb()[5] = 0xffabcdef;
        Canvas c = Canvas.of(new int[12], 4, 3);
        Fitted.paint(c, image);
        assertThat(c.get(1, 1)).isEqualTo(0xffabcdef);
        assertThat(c.get(3, 2)).isEqualTo(0xff112233);
    }

    @Test
    void anotherSizeScalesThePictureToFitCentredOnTheGround() {
        Canvas c = Canvas.of(new int[200 * 50], 200, 50);
        Fitted.paint(c, plain(40, 20, 0xffcc2211)); // fits as 100x50, centred: x 50..149
        assertThat(c.get(100, 25)).isEqualTo(0xffcc2211);
        assertThat(c.get(51, 1)).isEqualTo(0xffcc2211);
        assertThat(c.get(48, 25)).isEqualTo(Fitted.GROUND);
        assertThat(c.get(151, 25)).isEqualTo(Fitted.GROUND);
    }
}
