package org.jenode.base.gfx;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The fast path under {@link Canvas}: runs of {@code n} ARGB pixels changed in place in memory segments.
 * Once {@link WarmUp} says the JIT has compiled them, {@link VectorRows} does as many pixels of a run as
 * fit whole vectors; the rest, and until then every pixel, go through the per-pixel loops here. Both
 * compute exactly the arithmetic named next to each method. Offsets are in bytes; each segment is read
 * in its layout's byte order. Nothing here allocates.
 */
final class PixelRows {

    static final int OPAQUE = 0xff000000;
    private static final ValueLayout.OfInt PIXEL = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();

    private PixelRows() { }

    /** {@code dst[i] = argb}. */
    static void fill(MemorySegment dst, ValueLayout.OfInt dl, long d, int n, int argb) {
        ByteOrder order = dl.order();
        int i = WarmUp.vectors() ? VectorRows.fill(dst, order, d, n, argb) : 0;
        for (; i < n; i++) set(dst, order, d + 4L * i, argb);
    }

    /** {@code dst[i] = src[i]}: a bulk copy (overlapping runs are copied as if through a temporary). */
    static void copy(MemorySegment src, ValueLayout.OfInt sl, long s, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        MemorySegment.copy(src, sl, s, dst, dl, d, n);
    }

    /** {@code dst[i] = src[i] | 0xff000000}: the picture of a buffer drawn as opaque. */
    static void copyOpaque(MemorySegment src, ValueLayout.OfInt sl, long s, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder so = sl.order(), dor = dl.order();
        int i = WarmUp.vectors() ? VectorRows.copyOpaque(src, so, s, dst, dor, d, n) : 0;
        for (; i < n; i++) set(dst, dor, d + 4L * i, get(src, so, s + 4L * i) | OPAQUE);
    }

    /** {@code dst[i] = Canvas.mix(src[i], dst[i], alpha of src[i])}: straight-alpha pixels drawn over others. */
    static void blend(MemorySegment src, ValueLayout.OfInt sl, long s, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder so = sl.order(), dor = dl.order();
        int i = WarmUp.vectors() ? VectorRows.blend(src, so, s, dst, dor, d, n) : 0;
        for (; i < n; i++) {
            int sp = get(src, so, s + 4L * i);
            long at = d + 4L * i;
            set(dst, dor, at, Canvas.mix(sp, get(dst, dor, at), sp >>> 24));
        }
    }

    /** {@code dst[i] = Canvas.mix(argb, dst[i], alpha of argb)}: one colour drawn over the run. */
    static void blend(int argb, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder order = dl.order();
        int i = WarmUp.vectors() ? VectorRows.blend(argb, dst, order, d, n) : 0;
        for (int a = argb >>> 24; i < n; i++) {
            long at = d + 4L * i;
            set(dst, order, at, Canvas.mix(argb, get(dst, order, at), a));
        }
    }

    /** {@code dst[i] = tint(dst[i], half)}, with {@code half} from {@link #half}: dims a run towards a colour. */
    static void tint(MemorySegment dst, ValueLayout.OfInt dl, long d, int n, int half) {
        ByteOrder order = dl.order();
        int i = WarmUp.vectors() ? VectorRows.tint(dst, order, d, n, half) : 0;
        for (; i < n; i++) {
            long at = d + 4L * i;
            set(dst, order, at, tint(get(dst, order, at), half));
        }
    }

    /** Half of each colour channel of {@code color}, rounded down, alpha 0: the tint's constant term. */
    static int half(int color) { return (color >>> 1) & 0x7f7f7f; }

    /**
     * Per colour channel the average of pixel {@code p} and {@code half}, rounded down, alpha 0xff: Genode's
     * {@code avr(mix, src)}. {@code (x & y) + ((x ^ y) >> 1)} is {@code (x + y) / 2} without the carry
     * that would reach the next channel; the mask keeps each channel's low bit out of its neighbour.
     */
    static int tint(int p, int half) { return ((p & half) + (((p ^ half) & 0xfefefe) >>> 1)) | OPAQUE; }

    /** One pixel, in byte order {@code order}; the layout is a constant, so that the JIT folds the access. */
    private static int get(MemorySegment m, ByteOrder order, long at) {
        int p = m.get(PIXEL, at);
        return order == NATIVE ? p : Integer.reverseBytes(p);
    }

    private static void set(MemorySegment m, ByteOrder order, long at, int p) {
        m.set(PIXEL, at, order == NATIVE ? p : Integer.reverseBytes(p));
    }
}
