package org.jenode.decorator;

import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;

/** Expected colours, computed with the same blending the renderers use. */
final class Colors {

    private Colors() { }

    /** {@code argb} blended over opaque {@code rgb}, as {@link Canvas#blend} does it. */
    static int blend(int argb, int rgb) {
        Canvas c = Canvas.of(new int[] {0xff000000 | rgb}, 1, 1);
        c.blend(new Rect(0, 0, 1, 1), argb);
        return c.get(0, 0) & 0xffffff;
    }

    static int rgb(int r, int g, int b) { return r << 16 | g << 8 | b; }

    static int red(int rgb) { return (rgb >> 16) & 0xff; }
}
