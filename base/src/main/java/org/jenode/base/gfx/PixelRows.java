package org.jenode.base.gfx;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast path under {@link Canvas}: runs of {@code n} ARGB pixels changed in place in memory segments,
 * as many at a time as the CPU's widest integer vectors hold (the Vector API), the last few (fewer
 * than a vector) one by one with the same arithmetic. Each kernel holds one chain of vector operations:
 * a second one (a masked last vector) made C2 stop inlining and box vectors. Each lane computes exactly
 * the per-pixel arithmetic named next to each method. Offsets are in bytes; each segment is read in its
 * layout's byte order. Nothing here allocates once the JIT has compiled it.
 */
final class PixelRows {

    private static final VectorSpecies<Integer> LANES = IntVector.SPECIES_PREFERRED;
    private static final int OPAQUE = 0xff000000;
    private static final ValueLayout.OfInt PIXEL = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();

    private PixelRows() { }

    /** {@code dst[i] = argb}. */
    static void fill(MemorySegment dst, ValueLayout.OfInt dl, long d, int n, int argb) {
        ByteOrder order = dl.order();
        IntVector v = IntVector.broadcast(LANES, argb);
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) v.intoMemorySegment(dst, d + 4L * i, order);
        for (; i < n; i++) set(dst, order, d + 4L * i, argb);
    }

    /** {@code dst[i] = src[i]}: a bulk copy (overlapping runs are copied as if through a temporary). */
    static void copy(MemorySegment src, ValueLayout.OfInt sl, long s, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        MemorySegment.copy(src, sl, s, dst, dl, d, n);
    }

    /** {@code dst[i] = src[i] | 0xff000000}: the picture of a buffer drawn as opaque. */
    static void copyOpaque(MemorySegment src, ValueLayout.OfInt sl, long s, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder so = sl.order(), dor = dl.order();
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length())
            IntVector.fromMemorySegment(LANES, src, s + 4L * i, so).or(OPAQUE).intoMemorySegment(dst, d + 4L * i, dor);
        for (; i < n; i++) set(dst, dor, d + 4L * i, get(src, so, s + 4L * i) | OPAQUE);
    }

    /** {@code dst[i] = Canvas.mix(src[i], dst[i], alpha of src[i])}: straight-alpha pixels drawn over others. */
    static void blend(MemorySegment src, ValueLayout.OfInt sl, long s, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder so = sl.order(), dor = dl.order();
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            mix(IntVector.fromMemorySegment(LANES, src, s + 4L * i, so), IntVector.fromMemorySegment(LANES, dst, at, dor))
                    .intoMemorySegment(dst, at, dor);
        }
        for (; i < n; i++) {
            int sp = get(src, so, s + 4L * i);
            long at = d + 4L * i;
            set(dst, dor, at, Canvas.mix(sp, get(dst, dor, at), sp >>> 24));
        }
    }

    /** {@code dst[i] = Canvas.mix(argb, dst[i], alpha of argb)}: one colour drawn over the run. */
    static void blend(int argb, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder order = dl.order();
        IntVector colour = IntVector.broadcast(LANES, argb);
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            mix(colour, IntVector.fromMemorySegment(LANES, dst, at, order)).intoMemorySegment(dst, at, order);
        }
        for (int a = argb >>> 24; i < n; i++) {
            long at = d + 4L * i;
            set(dst, order, at, Canvas.mix(argb, get(dst, order, at), a));
        }
    }

    /** Dims each pixel towards a colour: {@link #tint(IntVector, int)} with {@code half} from {@link #half}. */
    static void tint(MemorySegment dst, ValueLayout.OfInt dl, long d, int n, int half) {
        ByteOrder order = dl.order();
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            tint(IntVector.fromMemorySegment(LANES, dst, at, order), half).intoMemorySegment(dst, at, order);
        }
        for (; i < n; i++) {
            long at = d + 4L * i;
            set(dst, order, at, tint(get(dst, order, at), half));
        }
    }

    /** {@link #tint(IntVector, int)} for one pixel. */
    static int tint(int p, int half) { return ((p & half) + (((p ^ half) & 0xfefefe) >>> 1)) | OPAQUE; }

    /** One pixel, in byte order {@code order}; the layout is a constant, so that the JIT folds the access. */
    private static int get(MemorySegment m, ByteOrder order, long at) {
        int p = m.get(PIXEL, at);
        return order == NATIVE ? p : Integer.reverseBytes(p);
    }

    private static void set(MemorySegment m, ByteOrder order, long at, int p) {
        m.set(PIXEL, at, order == NATIVE ? p : Integer.reverseBytes(p));
    }

    /** Half of each colour channel of {@code color}, rounded down, alpha 0: the tint's constant term. */
    static int half(int color) { return (color >>> 1) & 0x7f7f7f; }

    /**
     * Per colour channel the average of pixel {@code p} and {@code half}, rounded down, alpha 0xff: Genode's
     * {@code avr(mix, src)}. {@code (x & y) + ((x ^ y) >> 1)} is {@code (x + y) / 2} without the carry
     * that would reach the next channel; the mask keeps each channel's low bit out of its neighbour.
     */
    private static IntVector tint(IntVector p, int half) {
        return p.and(half).add(p.lanewise(VectorOperators.XOR, half).and(0xfefefe).lanewise(VectorOperators.LSHR, 1)).or(OPAQUE);
    }

    /**
     * {@link Canvas#mix} lane by lane, with the alpha of each source lane: red and blue share a multiply
     * as there; green is blended in place (bits 8-15, so a product stays below 2^24) instead of shifted down.
     */
    private static IntVector mix(IntVector src, IntVector dst) {
        IntVector a = src.lanewise(VectorOperators.LSHR, 24);
        IntVector na = a.lanewise(VectorOperators.XOR, 0xff);
        IntVector rb = src.and(0xff00ff).mul(a).add(dst.and(0xff00ff).mul(na)).add(0x800080);
        rb = rb.add(rb.lanewise(VectorOperators.LSHR, 8).and(0xff00ff)).lanewise(VectorOperators.LSHR, 8).and(0xff00ff);
        IntVector g = src.and(0xff00).mul(a).add(dst.and(0xff00).mul(na)).add(0x8000);
        g = g.add(g.lanewise(VectorOperators.LSHR, 8).and(0xff00)).lanewise(VectorOperators.LSHR, 8).and(0xff00);
        return dst.and(OPAQUE).or(rb).or(g);
    }
}
