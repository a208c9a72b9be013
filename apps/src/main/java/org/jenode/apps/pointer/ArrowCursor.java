package org.jenode.apps.pointer;

import java.awt.geom.Path2D;
import java.nio.ByteBuffer;
import org.jenode.base.geometry.Area;

/**
 * The classic arrow, computed rather than loaded: white body, 1 px dark outline, transparent elsewhere.
 * The hot spot is the tip at (0,0), where nitpicker puts the view's origin.
 */
public final class ArrowCursor {

    public static final Area SIZE = new Area(14, 22);
    static final int BODY = 0xffffffff, OUTLINE = 0xff1a1a1a;

    /** Tip, left edge, notch, tail, notch, right wing; one pixel in from the buffer edge for the outline. */
    private static final double[][] CORNERS = {{1, 0.8}, {1, 16.5}, {4.5, 13.2}, {7, 19.5}, {9.8, 18.4}, {7.4, 12.6}, {12.2, 12.6}};
    private static final Path2D SHAPE = shape();

    private static Path2D shape() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(CORNERS[0][0], CORNERS[0][1]);
        for (int i = 1; i < CORNERS.length; i++) p.lineTo(CORNERS[i][0], CORNERS[i][1]);
        p.closePath();
        return p;
    }

    private ArrowCursor() { }

    /** The cursor's ARGB pixels, row by row, {@link #SIZE} large. */
    public static int[] pixels() {
        int w = SIZE.width(), h = SIZE.height();
        boolean[] inside = new boolean[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) inside[y * w + x] = SHAPE.contains(x + 0.5, y + 0.5);
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (inside[y * w + x]) out[y * w + x] = BODY;
                else if (touches(inside, w, h, x, y)) out[y * w + x] = OUTLINE;
            }
        }
        return out;
    }

    /**
     * Writes a whole alpha buffer of {@link #SIZE} as nitpicker lays it out: the ARGB pixels (native
     * order ints), then one input-mask byte per pixel, all 0 so that the cursor never takes a click.
     */
    public static void writeBuffer(ByteBuffer buffer) {
        int n = SIZE.width() * SIZE.height();
        buffer.asIntBuffer().put(0, pixels());
        for (int i = 0; i < n; i++) buffer.put(n * 4 + i, (byte) 0);
    }

    /** True for a pixel outside the body that borders it (8-neighbourhood): the outline. */
    private static boolean touches(boolean[] inside, int w, int h, int x, int y) {
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx, ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && inside[ny * w + nx]) return true;
            }
        return false;
    }
}
