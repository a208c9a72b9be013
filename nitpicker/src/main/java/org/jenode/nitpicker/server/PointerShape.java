package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Point;
import org.jenode.base.gfx.Canvas;

/** Nitpicker's own arrow pointer, drawn when no client provides one: white with a black outline. */
final class PointerShape {

    static final int WIDTH = 11, HEIGHT = 16;

    private PointerShape() { }

    static void draw(Canvas c, Point at) {
        for (int y = 0; y < HEIGHT; y++) {
            int w = y < 11 ? y + 1 : 12 - (y - 10) * 2;
            for (int x = 0; x < Math.min(w, WIDTH); x++) {
                boolean edge = x == 0 || x == w - 1 || y == HEIGHT - 1 || y == 10 && x > 4;
                int px = at.x() + x, py = at.y() + y;
                if (px < c.width() && py < c.height()) c.set(px, py, edge ? 0xff000000 : 0xffffffff);
            }
        }
    }
}
