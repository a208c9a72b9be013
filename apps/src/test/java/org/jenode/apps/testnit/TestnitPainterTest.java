package org.jenode.apps.testnit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.base.testing.Pngs;
import org.junit.jupiter.api.Test;

class TestnitPainterTest {

    @Test
    void translucentTileTakesInputOnlyOnItsDisc() {
        int w = TestnitPainter.BUFFER.width(), h = TestnitPainter.BUFFER.height();
        Canvas c = Canvas.of(new int[w * h], w, h);
        ByteBuffer mask = ByteBuffer.allocate(w * h);
        TestnitPainter.paint(c, mask, Font.ofSize(13), new String[] {"a", "b", "c", "d"});
        Pngs.write(c, "testnit_buffer");
        Rect disc = TestnitPainter.tile(2);
        assertThat(mask.get((disc.y() + 1) * w + disc.x() + 1)).as("corner of the disc tile").isZero();
        assertThat(mask.get((disc.y() + disc.height() / 2) * w + disc.x() + disc.width() / 2)).as("centre").isEqualTo((byte) 1);
        assertThat(c.get(disc.x() + disc.width() / 2 + 30, disc.y() + disc.height() / 2) >>> 24).isBetween(1, 254);
        Rect opaque = TestnitPainter.tile(0);
        assertThat(mask.get((opaque.y() + 1) * w + opaque.x() + 1)).isEqualTo((byte) 1);
    }
}
