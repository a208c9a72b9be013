package org.jenode.base.gfx;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * When {@link VectorRows} takes over from {@link PixelRows}'s per-pixel loops. Vector API code is slow
 * until the JIT has compiled it (in a fresh JVM the first blend of an 800x600 picture took 234 ms in
 * vectors, 45 ms per pixel, and 0.16 ms in compiled vectors), and a desktop draws the most while it
 * starts. So every pixel first takes the per-pixel loops, while a daemon thread runs the vector loops
 * on a scratch run until they are compiled: once they beat the per-pixel loops on it twice over in
 * {@value #WINS} rounds in a row, they take over for good. If they never do (a CPU without SIMD), or cannot
 * (a JVM without C2), the per-pixel loops stay. Either way the pixels are the same.
 *
 * <p>This is state of the JVM's JIT, not of any component: it decides speed and nothing else.
 */
final class WarmUp {

    private static final int RUN = 64;
    private static final int CALLS = 1000;
    private static final int WINS = 3;
    private static final long GIVE_UP_NS = TimeUnit.MINUTES.toNanos(1);
    private static final ValueLayout.OfInt LAYOUT = ValueLayout.JAVA_INT_UNALIGNED;

    private static final CompletableFuture<Boolean> DONE = new CompletableFuture<>();
    private static volatile boolean vectors;

    static {
        Thread.ofPlatform().daemon().name("canvas vector warm-up").start(WarmUp::run);
    }

    private WarmUp() { }

    /** Whether the vector loops are compiled and faster: read on every run of pixels, so a volatile field. */
    static boolean vectors() { return vectors; }

    /** Waits until the warm-up has decided; whether the vector loops took over (for tests of them). */
    static boolean awaitVectors(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        try {
            return DONE.get(timeout, unit);
        } catch (ExecutionException e) {
            return false;
        }
    }

    private static void run() {
        boolean faster = false;
        try {
            faster = optimising() && race();
        } catch (RuntimeException e) {
            // the Vector API refused this platform: per pixel it stays
        } finally {
            vectors = faster;
            DONE.complete(faster);
        }
    }

    /**
     * Whether this JVM's JIT can compile vector code into vector instructions: only C2 does, so a JVM
     * limited to C1 (a sandboxed child's, {@code -XX:TieredStopAtLevel=1}) or interpreting would race
     * for the whole minute and lose, taking a core from the component while it starts.
     */
    private static boolean optimising() {
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.equals("-Xint")) return false;
            if (option.startsWith("-XX:TieredStopAtLevel=") && !option.endsWith("=4")) return false;
        }
        return true;
    }

    /**
     * Rounds of every vector loop against its per-pixel loop on the same run until the vectors win, each
     * followed by a pause as long as it took: the JIT compiles by counting calls, not time, so the race
     * takes at most half of a core from the components starting meanwhile.
     */
    private static boolean race() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment src = arena.allocate(4L * RUN, 64), dst = arena.allocate(4L * RUN, 64);
            for (int i = 0; i < RUN; i++) src.setAtIndex(ValueLayout.JAVA_INT, i, i * 0x01020304);
            long deadline = System.nanoTime() + GIVE_UP_NS;
            for (int wins = 0; wins < WINS; ) {
                if (System.nanoTime() > deadline) return false;
                long vector = time(() -> vectorRound(src, dst)), scalar = time(() -> scalarRound(src, dst));
                wins = 2 * vector < scalar ? wins + 1 : 0;
                pause(vector + scalar);
            }
            return true;
        }
    }

    private static void pause(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(Math.max(nanos, 1_000_000)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the canvas warm-up was interrupted", e);
        }
    }

    private static long time(Runnable round) {
        long start = System.nanoTime();
        round.run();
        return System.nanoTime() - start;
    }

    private static void vectorRound(MemorySegment src, MemorySegment dst) {
        ByteOrder order = LAYOUT.order();
        for (int k = 0; k < CALLS; k++) {
            VectorRows.fill(dst, order, 0, RUN, k);
            VectorRows.copyOpaque(src, order, 0, dst, order, 0, RUN);
            VectorRows.blend(src, order, 0, dst, order, 0, RUN);
            VectorRows.blend(0x80402010 + k, dst, order, 0, RUN);
            VectorRows.tint(dst, order, 0, RUN, PixelRows.half(k));
        }
    }

    /** The same work per pixel: PixelRows's loops, which go per pixel for as long as this runs. */
    private static void scalarRound(MemorySegment src, MemorySegment dst) {
        for (int k = 0; k < CALLS; k++) {
            PixelRows.fill(dst, LAYOUT, 0, RUN, k);
            PixelRows.copyOpaque(src, LAYOUT, 0, dst, LAYOUT, 0, RUN);
            PixelRows.blend(src, LAYOUT, 0, dst, LAYOUT, 0, RUN);
            PixelRows.blend(0x80402010 + k, dst, LAYOUT, 0, RUN);
            PixelRows.tint(dst, LAYOUT, 0, RUN, PixelRows.half(k));
        }
    }
}
