package org.jenode.base.gfx;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PixelRows}'s loops in SIMD vectors (the Vector API): each method does the whole vectors of a run
 * of {@code n} pixels, as many as the CPU's widest integer vectors hold at a time, and returns how many
 * pixels that was; PixelRows does the rest one by one. Each lane computes exactly PixelRows's per-pixel
 * arithmetic. Each method holds one chain of vector operations: with a second one (a masked last
 * vector) C2 stopped inlining at its node limit and boxed vectors.
 */
final class VectorRows {

    private static final VectorSpecies<Integer> LANES = IntVector.SPECIES_PREFERRED;

    private VectorRows() { }

    static int fill(MemorySegment dst, ByteOrder order, long d, int n, int argb) {
        IntVector v = IntVector.broadcast(LANES, argb);
        int bound = LANES.loopBound(n);
        for (int i = 0; i < bound; i += LANES.length()) v.intoMemorySegment(dst, d + 4L * i, order);
        return bound;
    }

    static int copyOpaque(MemorySegment src, ByteOrder so, long s, MemorySegment dst, ByteOrder dor, long d, int n) {
        int bound = LANES.loopBound(n);
        for (int i = 0; i < bound; i += LANES.length())
            IntVector.fromMemorySegment(LANES, src, s + 4L * i, so).or(PixelRows.OPAQUE).intoMemorySegment(dst, d + 4L * i, dor);
        return bound;
    }

    static int blend(MemorySegment src, ByteOrder so, long s, MemorySegment dst, ByteOrder dor, long d, int n) {
        int bound = LANES.loopBound(n);
        for (int i = 0; i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            mix(IntVector.fromMemorySegment(LANES, src, s + 4L * i, so), IntVector.fromMemorySegment(LANES, dst, at, dor))
                    .intoMemorySegment(dst, at, dor);
        }
        return bound;
    }

    static int blend(int argb, MemorySegment dst, ByteOrder order, long d, int n) {
        IntVector colour = IntVector.broadcast(LANES, argb);
        int bound = LANES.loopBound(n);
        for (int i = 0; i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            mix(colour, IntVector.fromMemorySegment(LANES, dst, at, order)).intoMemorySegment(dst, at, order);
        }
        return bound;
    }

    static int tint(MemorySegment dst, ByteOrder order, long d, int n, int half) {
        int bound = LANES.loopBound(n);
        for (int i = 0; i < bound; i += LANES.length()) {
            long at = d + 4L * i;
            IntVector p = IntVector.fromMemorySegment(LANES, dst, at, order);
            p.and(half).add(p.lanewise(VectorOperators.XOR, half).and(0xfefefe).lanewise(VectorOperators.LSHR, 1))
                    .or(PixelRows.OPAQUE).intoMemorySegment(dst, at, order);
        }
        return bound;
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
        return dst.and(PixelRows.OPAQUE).or(rb).or(g);
    }
}
