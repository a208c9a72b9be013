package org.jenode.base.gfx;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast path under {@link Canvas}: runs of {@code n} ARGB pixels changed in place in memory segments,
 * as many at a time as the CPU's widest integer vectors hold (the Vector API), then one at a time for
 * the last few. Each vector lane computes exactly the per-pixel arithmetic written out next to it, so a
 * pixel comes out the same whether it was a lane or in the tail. Offsets are in bytes; each segment is
 * read with its layout's byte order. Nothing here allocates once the JIT has compiled it.
 */
final class PixelRows {

    private static final VectorSpecies<Integer> LANES = IntVector.SPECIES_PREFERRED;
    private static final int OPAQUE = 0xff000000;

    private PixelRows() { }

    /** {@code dst[i] = argb}. */
    static void fill(MemorySegment dst, ValueLayout.OfInt dl, long d, int n, int argb) {
        ByteOrder order = dl.order();
        IntVector v = IntVector.broadcast(LANES, argb);
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) v.intoMemorySegment(dst, d + 4L * i, order);
        for (; i < n; i++) dst.set(dl, d + 4L * i, argb);
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
        for (; i < n; i++) dst.set(dl, d + 4L * i, src.get(sl, s + 4L * i) | OPAQUE);
    }

    /** {@code dst[i] = mix(src[i], dst[i], alpha of src[i])}: straight-alpha pixels drawn over others. */
    static void blend(MemorySegment src, ValueLayout.OfInt sl, long s, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder so = sl.order(), dor = dl.order();
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            mix(IntVector.fromMemorySegment(LANES, src, s + 4L * i, so), IntVector.fromMemorySegment(LANES, dst, at, dor))
                    .intoMemorySegment(dst, at, dor);
        }
        for (; i < n; i++) {
            int sp = src.get(sl, s + 4L * i);
            long at = d + 4L * i;
            dst.set(dl, at, Canvas.mix(sp, dst.get(dl, at), sp >>> 24));
        }
    }

    /** {@code dst[i] = mix(argb, dst[i], alpha of argb)}: one colour drawn over the run. */
    static void blend(int argb, MemorySegment dst, ValueLayout.OfInt dl, long d, int n) {
        ByteOrder order = dl.order();
        IntVector colour = IntVector.broadcast(LANES, argb);
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            mix(colour, IntVector.fromMemorySegment(LANES, dst, at, order)).intoMemorySegment(dst, at, order);
        }
        for (; i < n; i++) {
            long at = d + 4L * i;
            dst.set(dl, at, Canvas.mix(argb, dst.get(dl, at), argb >>> 24));
        }
    }

    /** {@code dst[i] = tint(dst[i], half)} with {@code half} from {@link #half}. */
    static void tint(MemorySegment dst, ValueLayout.OfInt dl, long d, int n, int half) {
        ByteOrder order = dl.order();
        int i = 0;
        for (int bound = LANES.loopBound(n); i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            IntVector p = IntVector.fromMemorySegment(LANES, dst, at, order);
            p.and(half).add(p.lanewise(VectorOperators.XOR, half).and(0xfefefe).lanewise(VectorOperators.LSHR, 1)).or(OPAQUE)
                    .intoMemorySegment(dst, at, order);
        }
        for (; i < n; i++) {
            long at = d + 4L * i;
            dst.set(dl, at, tint(dst.get(dl, at), half));
        }
    }

    /** Half of each colour channel of {@code color}, rounded down, alpha 0: the tint's constant term. */
    static int half(int color) { return (color >>> 1) & 0x7f7f7f; }

    /**
     * Per colour channel the average of {@code p} and {@code half}, rounded down, alpha 0xff: Genode's
     * {@code avr(mix, src)}. {@code (x & y) + ((x ^ y) >> 1)} is {@code (x + y) / 2} without the carry
     * that would reach the next channel; the mask keeps each channel's low bit out of its neighbour.
     */
    static int tint(int p, int half) { return ((p & half) + (((p ^ half) & 0xfefefe) >>> 1)) | OPAQUE; }

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
