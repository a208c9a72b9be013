package org.jenode.base.gfx;

import java.nio.IntBuffer;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * A width x height view of ARGB pixels ({@code 0xAARRGGBB}, row-major, straight alpha) with a clip
 * rectangle that every drawing operation respects. Backed by an {@link IntBuffer} so that a dataspace's
 * {@code ints()} can be drawn into without copying; {@link #of(int[], int, int)} wraps an array.
 *
 * <p>Not thread-safe: a canvas belongs to the thread that draws.
 */
public final class Canvas {

    private final IntBuffer pixels;
    private final int width;
    private final int height;
    private Rect clip;

    public Canvas(IntBuffer pixels, int width, int height) {
        if ((long) width * height > pixels.capacity())
            throw new IllegalArgumentException("buffer of " + pixels.capacity() + " ints is too small for " + width + "x" + height);
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.clip = new Rect(0, 0, width, height);
    }

    public static Canvas of(int[] pixels, int width, int height) { return new Canvas(IntBuffer.wrap(pixels), width, height); }

    public int width() { return width; }

    public int height() { return height; }

    public Area area() { return new Area(width, height); }

    public IntBuffer pixels() { return pixels; }

    public Rect clip() { return clip; }

    /** Restricts drawing to {@code r} (intersected with the canvas); returns the previous clip for restoring. */
    public Rect clip(Rect r) {
        Rect old = clip;
        clip = r.intersection(new Rect(0, 0, width, height));
        return old;
    }

    public int get(int x, int y) { return pixels.get(y * width + x); }

    /** Sets one pixel if it lies inside the clip (for tests and tiny shapes). */
    public void set(int x, int y, int argb) {
        if (clip.contains(new Point(x, y))) pixels.put(y * width + x, argb);
    }

    /** Writes {@code argb} unchanged into the clipped rectangle (no blending). */
    public void fill(Rect r, int argb) {
        Rect c = r.intersection(clip);
        if (c.empty()) return;
        int[] row = new int[c.width()];
        java.util.Arrays.fill(row, argb);
        for (int y = c.y(); y < c.bottom(); y++) pixels.put(y * width + c.x(), row);
    }

    /** Blends {@code argb} over the clipped rectangle using its alpha (for tints); the result is opaque if dst was. */
    public void blend(Rect r, int argb) {
        int a = argb >>> 24;
        if (a == 0) return;
        if (a == 255) { fill(r, argb); return; }
        Rect c = r.intersection(clip);
        for (int y = c.y(); y < c.bottom(); y++) {
            int base = y * width;
            for (int x = c.x(); x < c.right(); x++) pixels.put(base + x, mix(argb, pixels.get(base + x), a));
        }
    }

    /**
     * Genode's MIXED texture mode, nitpicker's X-ray and kill tint: each pixel of {@code r} (clipped) becomes
     * {@code avr(colour / 2, pixel)} per channel, rounded down, and opaque.
     */
    public void tint(Rect r, int color) {
        Rect c = r.intersection(clip);
        if (c.empty()) return;
        int half = (color >>> 1) & 0x7f7f7f;
        int[] row = new int[c.width()];
        for (int y = c.y(); y < c.bottom(); y++) {
            int at = y * width + c.x();
            pixels.get(at, row);
            for (int i = 0; i < row.length; i++) row[i] = 0xff000000 | average(row[i], half);
            pixels.put(at, row);
        }
    }

    /** {@code (a + b) / 2} in each colour channel at once: the shared bits plus half the differing ones. */
    static int average(int a, int b) { return (a & b & 0xffffff) + (((a ^ b) & 0xfefefe) >>> 1); }

    /** An outline of {@code thickness} pixels just inside {@code r}. */
    public void drawRectFrame(Rect r, int thickness, int argb) {
        int t = Math.min(thickness, Math.min(r.width(), r.height()) / 2 + 1);
        fill(new Rect(r.x(), r.y(), r.width(), t), argb);
        fill(new Rect(r.x(), r.bottom() - t, r.width(), t), argb);
        fill(new Rect(r.x(), r.y() + t, t, r.height() - 2 * t), argb);
        fill(new Rect(r.right() - t, r.y() + t, t, r.height() - 2 * t), argb);
    }

    /**
     * Copies {@code src} so that its pixel (0,0) lands at {@code at}, clipped to this canvas's clip and the
     * source bounds. The alpha byte is copied as is; {@code forceOpaque} writes 0xff instead.
     */
    public void blit(Canvas src, Point at, boolean forceOpaque) {
        Rect c = new Rect(at.x(), at.y(), src.width, src.height).intersection(clip);
        if (c.empty()) return;
        int[] row = forceOpaque ? new int[c.width()] : null;
        for (int y = c.y(); y < c.bottom(); y++) {
            int s = (y - at.y()) * src.width + (c.x() - at.x());
            int d = y * width + c.x();
            if (!forceOpaque) {
                pixels.put(d, src.pixels, s, c.width());
            } else { // rows through an array: bulk transfers are far faster than per-pixel buffer access
                src.pixels.get(s, row);
                for (int i = 0; i < row.length; i++) row[i] |= 0xff000000;
                pixels.put(d, row);
            }
        }
    }

    /**
     * Draws {@code src} (straight alpha) over this canvas at {@code at}: {@code dst = src*a + dst*(1-a)}.
     * The destination alpha is kept, so drawing over an opaque screen leaves it opaque.
     */
    public void blitBlended(Canvas src, Point at) {
        Rect c = new Rect(at.x(), at.y(), src.width, src.height).intersection(clip);
        if (c.empty()) return;
        int[] srow = new int[c.width()], drow = new int[c.width()];
        for (int y = c.y(); y < c.bottom(); y++) {
            int s = (y - at.y()) * src.width + (c.x() - at.x());
            int d = y * width + c.x();
            src.pixels.get(s, srow);
            pixels.get(d, drow);
            for (int i = 0; i < srow.length; i++) {
                int sp = srow[i];
                int a = sp >>> 24;
                if (a == 0) continue;
                int dp = drow[i];
                drow[i] = a == 255 ? (sp & 0xffffff) | (dp & 0xff000000) : mix(sp, dp, a);
            }
            pixels.put(d, drow);
        }
    }

    /** Draws {@code text} with its top-left corner at (x, y). */
    public void text(Font font, int x, int y, String text, int argb) { font.draw(this, x, y, text, argb); }

    /**
     * {@code src*a + dst*(1-a)} per colour channel, rounded to nearest, keeping dst's alpha byte.
     *
     * <p>This is the compositor's inner loop, so red and blue are blended together in the two 16-bit
     * halves of one int (a product is at most 255*255, so the lanes cannot carry into each other), and
     * the division by 255 is {@code (t + (t >> 8)) >> 8} with {@code t = x + 128}, which equals
     * {@code (x + 127) / 255} for every x up to 255*255.
     */
    static int mix(int src, int dst, int a) {
        int na = 255 - a;
        int rb = (src & 0xff00ff) * a + (dst & 0xff00ff) * na + 0x800080;
        rb = ((rb + ((rb >>> 8) & 0xff00ff)) >>> 8) & 0xff00ff;
        int g = ((src >>> 8) & 0xff) * a + ((dst >>> 8) & 0xff) * na + 0x80;
        g = ((g + (g >>> 8)) >>> 8) & 0xff;
        return (dst & 0xff000000) | rb | (g << 8);
    }
}
