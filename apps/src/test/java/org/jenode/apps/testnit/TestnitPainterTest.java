package org.jenode.apps.testnit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.base.testing.Pngs;
import org.junit.jupiter.api.Test;

class TestnitPainterTest {

    private static Canvas paint(TestnitPainter painter, ByteBuffer mask) {
        Area b = painter.buffer();
        Canvas c = Canvas.of(new int[b.width() * b.height()], b.width(), b.height());
        painter.paint(c, mask, Font.ofSize(13), new String[] {"a", "b", "c", "d"});
        return c;
    }

    @Test
    void translucentTileTakesInputOnlyOnItsDisc() {
        TestnitPainter painter = new TestnitPainter(TestnitPainter.TILE);
        int w = painter.buffer().width();
        ByteBuffer mask = ByteBuffer.allocate(w * painter.buffer().height());
        Canvas c = paint(painter, mask);
        Pngs.write(c, "testnit_buffer");
        Rect disc = painter.tile(2);
        assertThat(mask.get((disc.y() + 1) * w + disc.x() + 1)).as("corner of the disc tile").isZero();
        assertThat(mask.get((disc.y() + disc.height() / 2) * w + disc.x() + disc.width() / 2)).as("centre").isEqualTo((byte) 1);
        assertThat(c.get(disc.x() + disc.width() / 2 + 30, disc.y() + disc.height() / 2) >>> 24).isBetween(1, 254);
        Rect opaque = painter.tile(0);
        assertThat(mask.get((opaque.y() + 1) * w + opaque.x() + 1)).isEqualTo((byte) 1);
    }

    @Test
    void theTilesTakeTheWindowsSizeAndNoLessThanTheSmallest() {
        TestnitPainter grown = new TestnitPainter(new Area(360, 250));
        assertThat(grown.tile(3)).isEqualTo(new Rect(360, 250, 360, 250));
        ByteBuffer mask = ByteBuffer.allocate(720 * 500);
        Canvas c = paint(grown, mask);
        Pngs.write(c, "testnit_buffer_grown");
        assertThat(c.get(360 + 180, 125) >>> 24).as("the second tile, opaque to its edge").isEqualTo(0xff);
        assertThat(mask.get(375 * 720 + 180)).as("the disc's centre, now at the grown tile's").isEqualTo((byte) 1);
        assertThat(mask.get(251 * 720 + 1)).as("the disc tile's corner").isZero();

        assertThat(new TestnitPainter(new Area(1, 1)).tileSize()).isEqualTo(TestnitPainter.MIN_TILE);
    }
}
