package org.jenode.bench;

import java.lang.foreign.Arena;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Canvas's drawing primitives over a whole 1920x1080 screen in native memory (as a dataspace is), each
 * next to one plain copy of the screen: how close to memory speed composition's building blocks run,
 * apart from nitpicker and the runtime.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class CanvasBench {

    private static final int W = DeskLayout.SCREEN_WIDTH, H = DeskLayout.SCREEN_HEIGHT;
    /** A width that is no multiple of any vector's: DeskLayout's step between clients. */
    private static final int STRIP = 97;
    /** Rows per band of {@link #blitOpaqueStripsInBands}. */
    private static final int BAND = 16;

    private final int[] from = new int[W * H];
    private final int[] to = new int[W * H];
    private Arena arena;
    private Canvas screen;
    private Canvas opaque;
    private Canvas translucent;
    /** For {@link #blitBlendedBands}: one canvas per band over the screen's memory, and a pool for all but the first. */
    private Canvas[] bands;
    private ExecutorService pool;

    @Setup public void start() {
        arena = Arena.ofShared();
        screen = canvas();
        opaque = canvas();
        translucent = canvas();
        screen.fill(Rect.of(screen.area()), DeskLayout.BACKGROUND);
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++) {
                int rgb = (x * 255 / W) << 16 | (y * 255 / H) << 8 | 0x40;
                opaque.set(x, y, 0xff000000 | rgb);
                translucent.set(x, y, 0xc0000000 | rgb);
            }
        int cores = Runtime.getRuntime().availableProcessors();
        bands = new Canvas[cores];
        for (int i = 0; i < cores; i++) {
            bands[i] = new Canvas(screen.pixels(), W, H);
            bands[i].clip(new Rect(0, H * i / cores, W, H * (i + 1) / cores - H * i / cores));
        }
        pool = Executors.newFixedThreadPool(Math.max(1, cores - 1));
    }

    @TearDown public void stop() {
        pool.shutdownNow();
        arena.close();
    }

    private Canvas canvas() {
        return new Canvas(arena.allocate(4L * W * H, 64).asByteBuffer().order(ByteOrder.nativeOrder()).asIntBuffer(), W, H);
    }

    @Benchmark
    public int[] plainCopy() {
        System.arraycopy(from, 0, to, 0, from.length);
        return to;
    }

    @Benchmark
    public Canvas fill() {
        screen.fill(Rect.of(screen.area()), DeskLayout.BACKGROUND);
        return screen;
    }

    @Benchmark
    public Canvas blit() {
        screen.blit(opaque, Point.ORIGIN, false);
        return screen;
    }

    @Benchmark
    public Canvas blitOpaque() {
        screen.blit(translucent, Point.ORIGIN, true);
        return screen;
    }

    @Benchmark
    public Canvas blitBlended() {
        screen.blitBlended(translucent, Point.ORIGIN);
        return screen;
    }

    /** The same blend in strips 97 pixels wide, as occlusion cuts views into pieces: every run has a tail. */
    @Benchmark
    public Canvas blitBlendedStrips() { return inStrips(H, () -> screen.blitBlended(translucent, Point.ORIGIN)); }

    /** The opaque blit in strips 97 pixels wide. */
    @Benchmark
    public Canvas blitOpaqueStrips() { return inStrips(H, () -> screen.blit(translucent, Point.ORIGIN, true)); }

    /** The plain blit (a bulk copy per row, no alpha forced) in the strips of {@link #blitOpaqueStrips}. */
    @Benchmark
    public Canvas blitStrips() { return inStrips(H, () -> screen.blit(opaque, Point.ORIGIN, false)); }

    /**
     * The strips of {@link #blitOpaqueStrips} drawn band by band, {@value #BAND} rows at a time: every strip
     * of a band before the next band. The same pixels and runs; whether drawing that stays within a few
     * pages of the screen at a time (and of the source) beats walking each strip down the whole screen.
     */
    @Benchmark
    public Canvas blitOpaqueStripsInBands() { return inStrips(BAND, () -> screen.blit(translucent, Point.ORIGIN, true)); }

    /**
     * Runs {@code draw} with the clip on each strip {@value #STRIP} pixels wide and {@code band} rows high,
     * every strip of a band before the next band, then clips to the whole screen again.
     */
    private Canvas inStrips(int band, Runnable draw) {
        for (int y = 0; y < H; y += band) {
            for (int x = 0; x < W; x += STRIP) {
                screen.clip(new Rect(x, y, STRIP, Math.min(band, H - y)));
                draw.run();
            }
        }
        screen.clip(Rect.of(screen.area()));
        return screen;
    }

    /**
     * The blend of {@link #blitBlended} in one horizontal band per core: the pool draws all bands but the
     * first, this thread the first, then waits for the others. Whether splitting a frame into bands pays
     * on this machine, hand-off included.
     */
    @Benchmark
    public Canvas blitBlendedBands() throws Exception {
        List<Future<?>> others = new ArrayList<>(bands.length - 1);
        for (int i = 1; i < bands.length; i++) {
            Canvas band = bands[i];
            others.add(pool.submit(() -> band.blitBlended(translucent, Point.ORIGIN)));
        }
        bands[0].blitBlended(translucent, Point.ORIGIN);
        for (Future<?> f : others) f.get();
        return screen;
    }

    @Benchmark
    public Canvas tint() {
        screen.tint(Rect.of(screen.area()), 0xffff0000);
        return screen;
    }
}
