package org.jenode.apps.testnit;

import java.nio.ByteBuffer;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/**
 * Paints testnit's buffer: four tiles of one size, each the content of one view, and the input mask (set
 * everywhere except outside the disc of the translucent tile). The tiles take the size of testnit's
 * windows, so a window manager's resize paints them anew at the new size.
 */
final class TestnitPainter {

    /** The tile size testnit starts with. */
    static final Area TILE = new Area(200, 140);
    /** The smallest tile drawn: room for the title and a disc. */
    static final Area MIN_TILE = new Area(40, 30);

    private final Area tile;

    TestnitPainter(Area tile) {
        this.tile = new Area(Math.max(MIN_TILE.width(), tile.width()), Math.max(MIN_TILE.height(), tile.height()));
    }

    Area tileSize() { return tile; }

    /** Four tiles, two by two. */
    Area buffer() { return new Area(2 * tile.width(), 2 * tile.height()); }

    /** Where view {@code i}'s content lies in the buffer. */
    Rect tile(int i) { return new Rect((i % 2) * tile.width(), (i / 2) * tile.height(), tile.width(), tile.height()); }

    void paint(Canvas canvas, ByteBuffer mask, Font font, String[] titles) {
        int[] colors = {0xff3c6e9e, 0xff9e5a3c, 0xc0308040, 0xff7a4a9a};
        Area buffer = buffer();
        canvas.clip(Rect.of(buffer));
        for (int i = 0; i < 4; i++) {
            Rect t = tile(i);
            if (i == 2) {
                disc(canvas, t, colors[i]);
            } else {
                stripes(canvas, t, colors[i]);
                canvas.drawRectFrame(t, 2, 0xff101010);
            }
            canvas.text(font, t.x() + (t.width() - font.width(titles[i])) / 2, t.y() + t.height() / 2 - font.height() / 2, titles[i], 0xffffffff);
        }
        for (int y = 0; y < buffer.height(); y++) {
            for (int x = 0; x < buffer.width(); x++) {
                int a = canvas.get(x, y) >>> 24;
                mask.put(y * buffer.width() + x, (byte) (a == 0 ? 0 : 1));
            }
        }
    }

    private static void stripes(Canvas canvas, Rect t, int color) {
        canvas.fill(t, color);
        for (int y = t.y(); y < t.bottom(); y += 8) canvas.blend(new Rect(t.x(), y, t.width(), 4), 0x20ffffff);
    }

    /** A translucent disc; the corners stay fully transparent and thus click-through. */
    private static void disc(Canvas canvas, Rect t, int color) {
        canvas.fill(t, 0x00000000);
        int cx = t.x() + t.width() / 2, cy = t.y() + t.height() / 2, r = Math.min(t.width(), t.height()) / 2 - 2;
        for (int y = t.y(); y < t.bottom(); y++) {
            for (int x = t.x(); x < t.right(); x++) {
                int dx = x - cx, dy = y - cy;
                if (dx * dx + dy * dy <= r * r) canvas.set(x, y, color);
            }
        }
    }
}
