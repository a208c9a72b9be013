package org.jenode.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.jenode.base.geometry.Rect;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Refreshing a 1920x1080 screen through each framebuffer driver, the whole frame and a 64x64 rectangle,
 * next to one plain copy of the frame. Each driver is the real component under the real runtime,
 * started by name from a scenario with a client that holds its Framebuffer session ({@link FbDesk}).
 *
 * <p>fb_headless is done when {@code refresh} returns. fb_fx and fb_gl are not: the call hands the
 * rectangle to the FX thread or the GL render thread and returns. For them {@code *Call} times the call
 * alone and {@code *Shown} times a refresh until the X server shows it ({@link OnScreen}), one after
 * the other.
 *
 * <p>JMH hosts the window drivers well: each benchmark runs in a fresh JVM with the driver's own
 * threads, and a fork inherits {@code DISPLAY} from the JVM that runs JMH, which
 * {@link FramebufferRun} provides.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss1m", "-Dprism.order=sw", "-Djenode.log=WARN"})
public class FramebufferBench {

    static final Rect FULL = new Rect(0, 0, FbDesk.WIDTH, FbDesk.HEIGHT);
    static final Rect DIRTY = new Rect(OnScreen.PROBE.x() - 32, OnScreen.PROBE.y() - 32, 64, 64);

    /** Two frame-sized buffers. */
    @State(Scope.Benchmark)
    public static class Frames {
        final int[] from = new int[FbDesk.WIDTH * FbDesk.HEIGHT];
        final int[] to = new int[FbDesk.WIDTH * FbDesk.HEIGHT];
    }

    @State(Scope.Benchmark)
    public static class Headless {
        FbDesk desk;

        @Setup(Level.Trial) public void start() throws Exception { desk = FbDesk.start("fb_headless"); }

        @TearDown(Level.Trial) public void stop() { desk.close(); }
    }

    @State(Scope.Benchmark)
    public static class Fx {
        OnScreen driver;

        @Setup(Level.Trial) public void start() throws Exception { driver = OnScreen.start("fb_fx"); }

        /** fb_fx leaves the toolkit running for other windows; this JVM has no other and must end. */
        @TearDown(Level.Trial) public void stop() throws IOException {
            driver.close();
            Platform.exit();
        }
    }

    @State(Scope.Benchmark)
    public static class Gl {
        OnScreen driver;

        @Setup(Level.Trial) public void start() throws Exception { driver = OnScreen.start("fb_gl"); }

        @TearDown(Level.Trial) public void stop() throws IOException { driver.close(); }
    }

    @Benchmark
    public int[] copyFrame(Frames f) {
        System.arraycopy(f.from, 0, f.to, 0, f.from.length);
        return f.to;
    }

    @Benchmark public void headlessFull(Headless h) { h.desk.refresh(FULL); }

    @Benchmark public void headlessDirty(Headless h) { h.desk.refresh(DIRTY); }

    @Benchmark public void fxFullCall(Fx d) { d.driver.refresh(FULL); }

    @Benchmark public void fxFullShown(Fx d) throws IOException, TimeoutException { d.driver.refreshShown(FULL); }

    @Benchmark public void fxDirtyCall(Fx d) { d.driver.refresh(DIRTY); }

    @Benchmark public void fxDirtyShown(Fx d) throws IOException, TimeoutException { d.driver.refreshShown(DIRTY); }

    @Benchmark public void glFullCall(Gl d) { d.driver.refresh(FULL); }

    @Benchmark public void glFullShown(Gl d) throws IOException, TimeoutException { d.driver.refreshShown(FULL); }

    @Benchmark public void glDirtyCall(Gl d) { d.driver.refresh(DIRTY); }

    @Benchmark public void glDirtyShown(Gl d) throws IOException, TimeoutException { d.driver.refreshShown(DIRTY); }
}
