package org.jenode.base.gfx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Canvas's bulk and vector paths give exactly the pixels of the per-pixel reference ({@link ScalarCanvas}):
 * over every value where the arithmetic depends on values, and over run lengths below, at and past a
 * vector's width, unaligned starts, clips, sources partly or wholly outside, extreme coordinates, and
 * every kind of memory a canvas can draw in.
 */
class CanvasFastPathTest {

    @BeforeAll
    static void vectorLoopsTakeOver() throws Exception {
        assertThat(WarmUp.awaitVectors(1, TimeUnit.MINUTES)).as("the vector loops were compiled and took over").isTrue();
    }

    private static final int OPS = 7;

    @ParameterizedTest
    @EnumSource(value = PixelMemory.class, names = {"ARRAY", "DATASPACE"})
    void blitBlendedMatchesTheReferenceForEveryAlphaAndEveryPairOfChannelValues(PixelMemory memory) {
        // 4096 x 4096 pixels: pixel i holds alpha a, source value s, destination value d with i = a:s:d in
        // bits 16-23, 8-15, 0-7; each channel gets s and d through a different bijection, so each channel
        // sees all 2^24 triples; the destination alpha varies too (it must be kept).
        int side = 4096;
        int[] src = new int[side * side], dst = new int[side * side];
        for (int i = 0; i < src.length; i++) {
            int a = i >>> 16, s = (i >>> 8) & 0xff, d = i & 0xff;
            src[i] = a << 24 | s << 16 | (255 - s) << 8 | (s ^ 0xa5);
            dst[i] = d << 24 | d << 16 | (255 - d) << 8 | (d ^ 0x3c);
        }
        ScalarCanvas reference = new ScalarCanvas(dst.clone(), side, side);
        reference.blitBlended(new ScalarCanvas(src, side, side), Point.ORIGIN);
        Canvas canvas = memory.canvas(dst, side, side);
        canvas.blitBlended(memory.canvas(src, side, side), Point.ORIGIN);
        assertSamePixels(PixelMemory.content(canvas), reference.pixels, side, "blitBlended over every value");
    }

    @ParameterizedTest
    @EnumSource(value = PixelMemory.class, names = {"ARRAY", "DATASPACE"})
    void blendOfAColourMatchesTheReferenceForEveryAlphaAndEveryPairOfChannelValues(PixelMemory memory) {
        // Row s is blended with colour (a, s); column d holds destination value d.
        int[] start = new int[256 * 256];
        for (int i = 0; i < start.length; i++) {
            int d = i & 0xff;
            start[i] = d << 24 | d << 16 | (255 - d) << 8 | (d ^ 0x3c);
        }
        for (int a = 0; a < 256; a++) {
            Canvas canvas = memory.canvas(start, 256, 256);
            ScalarCanvas reference = new ScalarCanvas(start.clone(), 256, 256);
            for (int s = 0; s < 256; s++) {
                int colour = a << 24 | s << 16 | (255 - s) << 8 | (s ^ 0xa5);
                Rect row = new Rect(0, s, 256, 1);
                canvas.blend(row, colour);
                reference.blend(row, colour);
            }
            assertSamePixels(PixelMemory.content(canvas), reference.pixels, 256, "blend with alpha " + a);
        }
    }

    @ParameterizedTest
    @EnumSource(value = PixelMemory.class, names = {"ARRAY", "DATASPACE"})
    void tintMatchesTheReferenceForEveryPairOfChannelValues(PixelMemory memory) {
        // Row t is tinted with colour t; column v holds value v in every channel (through bijections).
        int[] start = new int[256 * 256];
        for (int i = 0; i < start.length; i++) {
            int v = i & 0xff;
            start[i] = (v * 7 & 0xff) << 24 | v << 16 | (255 - v) << 8 | (v ^ 0x3c);
        }
        Canvas canvas = memory.canvas(start, 256, 256);
        ScalarCanvas reference = new ScalarCanvas(start.clone(), 256, 256);
        for (int t = 0; t < 256; t++) {
            int colour = (255 - t) << 24 | t << 16 | (t ^ 0x5a) << 8 | (255 - t);
            canvas.tint(new Rect(0, t, 256, 1), colour);
            reference.tint(new Rect(0, t, 256, 1), colour);
        }
        assertSamePixels(PixelMemory.content(canvas), reference.pixels, 256, "tint");
    }

    @ParameterizedTest
    @EnumSource(PixelMemory.class)
    void everyFastPathMatchesTheReferenceForEveryRunLengthAndStart(PixelMemory memory) {
        // Runs of 0 to 70 pixels (shorter than, as long as and longer than up to four 512-bit vectors)
        // starting at x = 0 to 17, so every alignment and tail length occurs.
        Random random = new Random(1);
        int w = 90, h = 3;
        for (int op = 0; op < OPS; op++)
            for (int start = 0; start < 18; start++)
                for (int length = 0; length <= 70; length++) {
                    int[] pixels = randomPixels(random, w * h);
                    Canvas canvas = memory.canvas(pixels, w, h);
                    ScalarCanvas reference = new ScalarCanvas(pixels.clone(), w, h);
                    Rect run = new Rect(start, 1, length, 1);
                    canvas.clip(run);
                    reference.clip(run);
                    String what = apply(op, random, memory, canvas, reference, Rect.of(canvas.area()),
                            new Point(start - 3, 0), length + 3 + random.nextInt(5), h);
                    assertSamePixels(PixelMemory.content(canvas), reference.pixels, w, what + " on " + run);
                }
    }

    @ParameterizedTest
    @EnumSource(PixelMemory.class)
    void everyFastPathMatchesTheReferenceOverRandomShapesClipsAndSources(PixelMemory memory) {
        Random random = new Random(13);
        for (int trial = 0; trial < 20_000; trial++) {
            int w = 1 + random.nextInt(90), h = 1 + random.nextInt(9);
            int[] pixels = randomPixels(random, w * h);
            Canvas canvas = memory.canvas(pixels, w, h);
            ScalarCanvas reference = new ScalarCanvas(pixels.clone(), w, h);
            Rect clip = randomRect(random, w, h);
            canvas.clip(clip);
            reference.clip(clip);
            Rect r = randomRect(random, w, h);
            Point at = new Point(random.nextInt(w + 40) - 20 - w / 2, random.nextInt(h + 10) - 5 - h / 2);
            String what = apply(random.nextInt(OPS), random, memory, canvas, reference, r, at, 1 + random.nextInt(100), 1 + random.nextInt(8));
            assertSamePixels(PixelMemory.content(canvas), reference.pixels, w, "trial " + trial + ": " + what + ", clip " + clip);
        }
    }

    @ParameterizedTest
    @EnumSource(PixelMemory.class)
    void extremeRectanglesAndPositionsDrawOnlyInsideTheCanvas(PixelMemory memory) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        Rect[] rects = {new Rect(min, min, max, max), new Rect(max - 1, 0, 10, 10), new Rect(-10, -10, max, max),
            new Rect(0, max - 2, max, max), new Rect(min, 0, max, 1), new Rect(-5, -5, -5, -5)};
        Point[] points = {new Point(min, min), new Point(max, max), new Point(max - 5, 0), new Point(0, min + 3),
            new Point(-40, -6), new Point(40, 6), new Point(-39, -5)};
        Random random = new Random(7);
        for (int op = 0; op < OPS; op++)
            for (Rect r : rects)
                for (Point at : points) {
                    int[] pixels = randomPixels(random, 40 * 6);
                    Canvas canvas = memory.canvas(pixels, 40, 6);
                    ScalarCanvas reference = new ScalarCanvas(pixels.clone(), 40, 6);
                    String what = apply(op, random, memory, canvas, reference, r, at, 1 + random.nextInt(50), 1 + random.nextInt(8));
                    assertSamePixels(PixelMemory.content(canvas), reference.pixels, 40, what);
                }
    }

    /**
     * Draws with operation {@code op} on both: in {@code r}, or a random {@code sw x sh} source at {@code at};
     * returns what it did, for the failure message.
     */
    private static String apply(int op, Random random, PixelMemory memory, Canvas canvas, ScalarCanvas reference,
            Rect r, Point at, int sw, int sh) {
        int argb = randomPixel(random);
        switch (op) {
            case 0 -> {
                canvas.fill(r, argb);
                reference.fill(r, argb);
                return "fill " + r + " with " + hex(argb);
            }
            case 1 -> {
                canvas.blend(r, argb);
                reference.blend(r, argb);
                return "blend " + r + " with " + hex(argb);
            }
            case 2 -> {
                canvas.tint(r, argb);
                reference.tint(r, argb);
                return "tint " + r + " with " + hex(argb);
            }
            case 6 -> {
                int thickness = random.nextInt(5);
                canvas.drawRectFrame(r, thickness, argb);
                reference.drawRectFrame(r, thickness, argb);
                return "frame " + r + " of " + thickness;
            }
            default -> {
                // A source in any kind of memory (so also in the other byte order), of any size.
                PixelMemory kind = PixelMemory.values()[random.nextInt(PixelMemory.values().length)];
                int[] src = randomPixels(random, sw * sh);
                Canvas from = kind.canvas(src, sw, sh);
                ScalarCanvas referenceFrom = new ScalarCanvas(src, sw, sh);
                String source = sw + "x" + sh + " " + kind + " at " + at;
                switch (op) {
                    case 3 -> {
                        canvas.blit(from, at, false);
                        reference.blit(referenceFrom, at, false);
                        return "blit " + source + " onto " + memory;
                    }
                    case 4 -> {
                        canvas.blit(from, at, true);
                        reference.blit(referenceFrom, at, true);
                        return "opaque blit " + source + " onto " + memory;
                    }
                    case 5 -> {
                        canvas.blitBlended(from, at);
                        reference.blitBlended(referenceFrom, at);
                        return "blitBlended " + source + " onto " + memory;
                    }
                    default -> throw new IllegalArgumentException("no operation " + op);
                }
            }
        }
    }

    private static Rect randomRect(Random random, int w, int h) {
        return new Rect(random.nextInt(w + 10) - 5, random.nextInt(h + 6) - 3, random.nextInt(w + 10), random.nextInt(h + 6));
    }

    private static int[] randomPixels(Random random, int n) {
        int[] pixels = new int[n];
        for (int i = 0; i < n; i++) pixels[i] = randomPixel(random);
        return pixels;
    }

    /** Any ARGB value, fully transparent or fully opaque each a quarter of the time (the blend's special cases). */
    private static int randomPixel(Random random) {
        int p = random.nextInt();
        return switch (random.nextInt(4)) {
            case 0 -> p & 0xffffff;
            case 1 -> p | 0xff000000;
            default -> p;
        };
    }

    static void assertSamePixels(int[] actual, int[] expected, int width, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        int i = Arrays.mismatch(actual, expected);
        if (i >= 0) fail("%s: pixel (%d, %d) is %s, the reference gives %s", what, i % width, i / width, hex(actual[i]), hex(expected[i]));
    }

    private static String hex(int argb) { return String.format("%08x", argb); }
}
