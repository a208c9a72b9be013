package org.jenode.base.gfx;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * A width x height view of ARGB pixels ({@code 0xAARRGGBB}, row-major, straight alpha) with a clip
 * rectangle that every drawing operation respects. Backed by an {@link IntBuffer} so that a dataspace's
 * {@code ints()} can be drawn into without copying; {@link #of(int[], int, int)} wraps an array.
 *
 * <p>{@link #fill}, {@link #blend}, {@link #tint}, {@link #blit} and {@link #blitBlended} are the fast
 * path: whole runs of a row at once, as bulk copies or in SIMD vectors (the Vector API, module
 * {@code jdk.incubator.vector}; per pixel until the JIT has compiled the vector loops, see
 * {@link WarmUp}), giving exactly the pixels of a per-pixel loop. {@link #get}, {@link #set} and
 * {@link #pixels} are per pixel and meant for small shapes and tests.
 *
 * <p>Not thread-safe: a canvas belongs to the thread that draws.
 */
public final class Canvas {

    private static final ValueLayout.OfInt NATIVE = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfInt SWAPPED = NATIVE.withOrder(
            NATIVE.order() == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);

    private final IntBuffer pixels;
    /** The same pixels for the bulk and vector paths: from index 0 to the capacity, in the buffer's byte order. */
    private final MemorySegment memory;
    private final ValueLayout.OfInt layout;
    private final int width;
    private final int height;
    /** The clip, {@code [clipX1, clipX2) x [clipY1, clipY2)}: four ints, so that setting it allocates nothing. */
    private int clipX1, clipY1, clipX2, clipY2;

    /** Pixel (x, y) is index {@code y * width + x} of {@code pixels}, whatever the buffer's position and limit. */
    public Canvas(IntBuffer pixels, int width, int height) {
        if ((long) width * height > pixels.capacity())
            throw new IllegalArgumentException("buffer of " + pixels.capacity() + " ints is too small for " + width + "x" + height);
        this.pixels = pixels;
        this.memory = MemorySegment.ofBuffer(pixels.duplicate().clear());
        this.layout = pixels.order() == NATIVE.order() ? NATIVE : SWAPPED;
        this.width = width;
        this.height = height;
        this.clipX2 = width;
        this.clipY2 = height;
    }

    public static Canvas of(int[] pixels, int width, int height) { return new Canvas(IntBuffer.wrap(pixels), width, height); }

    public int width() { return width; }

    public int height() { return height; }

    public Area area() { return new Area(width, height); }

    public IntBuffer pixels() { return pixels; }

    public Rect clip() { return clipX1 < clipX2 && clipY1 < clipY2 ? new Rect(clipX1, clipY1, clipX2 - clipX1, clipY2 - clipY1) : Rect.EMPTY; }

    /** Restricts drawing to {@code r} (intersected with the canvas); returns the previous clip for restoring. */
    public Rect clip(Rect r) {
        Rect old = clip();
        clip(r.x(), r.y(), r.width(), r.height());
        return old;
    }

    /**
     * Restricts drawing to the given rectangle (intersected with the canvas) without allocating: for a
     * compositor that sets the clip for every piece of every frame.
     */
    public void clip(int x, int y, int w, int h) {
        clipX1 = Math.clamp(x, 0, width);
        clipY1 = Math.clamp(y, 0, height);
        clipX2 = Math.clamp((long) x + w, clipX1, width);
        clipY2 = Math.clamp((long) y + h, clipY1, height);
    }

    public int get(int x, int y) { return pixels.get(y * width + x); }

    /** Sets one pixel if it lies inside the clip (for tests and tiny shapes). */
    public void set(int x, int y, int argb) {
        if (x >= clipX1 && y >= clipY1 && x < clipX2 && y < clipY2) pixels.put(y * width + x, argb);
    }

    /** Writes {@code argb} unchanged into the clipped rectangle (no blending). A fast path. */
    public void fill(Rect r, int argb) {
        int x1 = left(r.x()), y1 = top(r.y()), x2 = right(r.x(), r.width()), y2 = bottom(r.y(), r.height());
        if (x1 >= x2 || y1 >= y2) return;
        if (x2 - x1 == width) { // whole rows: one run
            PixelRows.fill(memory, layout, offset(x1, y1), width * (y2 - y1), argb);
            return;
        }
        for (int y = y1; y < y2; y++) PixelRows.fill(memory, layout, offset(x1, y), x2 - x1, argb);
    }

    /**
     * Blends {@code argb} over the clipped rectangle using its alpha (for translucent fills); the result is
     * opaque if dst was. A fast path.
     */
    public void blend(Rect r, int argb) {
        int a = argb >>> 24;
        if (a == 0) return;
        if (a == 255) { fill(r, argb); return; }
        int x1 = left(r.x()), x2 = right(r.x(), r.width()), y2 = bottom(r.y(), r.height());
        if (x1 >= x2) return;
        for (int y = top(r.y()); y < y2; y++) PixelRows.blend(argb, memory, layout, offset(x1, y), x2 - x1);
    }

    /**
     * Dims the clipped rectangle towards {@code color} as nitpicker's X-ray and kill modes do (Genode's
     * {@code MIXED} texture mode): per colour channel the average of the pixel and half the colour's
     * channel, each halving rounded down; the result is opaque. A fast path: whole vectors of pixels,
     * the same per-pixel arithmetic in each lane.
     */
    public void tint(Rect r, int color) {
        int x1 = left(r.x()), x2 = right(r.x(), r.width()), y2 = bottom(r.y(), r.height());
        if (x1 >= x2) return;
        int half = PixelRows.half(color);
        for (int y = top(r.y()); y < y2; y++) PixelRows.tint(memory, layout, offset(x1, y), x2 - x1, half);
    }

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
     * source bounds. The alpha byte is copied as is; {@code forceOpaque} writes 0xff instead. A fast path:
     * a bulk copy per row, or with {@code forceOpaque} vectors of pixels with the alpha byte set.
     */
    public void blit(Canvas src, Point at, boolean forceOpaque) {
        int x1 = left(at.x()), x2 = right(at.x(), src.width), y2 = bottom(at.y(), src.height);
        if (x1 >= x2) return;
        for (int y = top(at.y()); y < y2; y++) {
            long s = src.offset(x1 - at.x(), y - at.y()), d = offset(x1, y);
            if (forceOpaque) PixelRows.copyOpaque(src.memory, src.layout, s, memory, layout, d, x2 - x1);
            else PixelRows.copy(src.memory, src.layout, s, memory, layout, d, x2 - x1);
        }
    }

    /**
     * Draws {@code src} (straight alpha) over this canvas at {@code at}: {@code dst = src*a + dst*(1-a)}
     * per colour channel, rounded as {@link #mix}. The destination alpha is kept, so drawing over an
     * opaque screen leaves it opaque. The compositor's fast path for translucent views: vectors of pixels.
     */
    public void blitBlended(Canvas src, Point at) {
        int x1 = left(at.x()), x2 = right(at.x(), src.width), y2 = bottom(at.y(), src.height);
        if (x1 >= x2) return;
        for (int y = top(at.y()); y < y2; y++)
            PixelRows.blend(src.memory, src.layout, src.offset(x1 - at.x(), y - at.y()), memory, layout, offset(x1, y), x2 - x1);
    }

    /** The clipped bounds of a span from {@code x} (or {@code y}) of {@code w} (or {@code h}) pixels; long arithmetic, so no extreme coordinate overflows. */
    private int left(int x) { return Math.max(x, clipX1); }

    private int top(int y) { return Math.max(y, clipY1); }

    private int right(int x, int w) { return (int) Math.min((long) x + w, clipX2); }

    private int bottom(int y, int h) { return (int) Math.min((long) y + h, clipY2); }

    /** Byte offset of pixel (x, y) in {@link #memory}. */
    private long offset(int x, int y) { return 4L * ((long) y * width + x); }

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
