package org.jenode.bench;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
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
 * Composing a 1920x1080 screen: nitpicker's full redraw with 10 overlapping clients (four of them
 * translucent over their whole area), the same with every client opaque, the same with 190 more
 * clients fully covered, and the translucent 10-client scene drawn by
 * Swing's {@code JDesktopPane} and by a JavaFX scene graph, all next to one plain copy of the screen
 * buffer. Nitpicker runs as the real component under the real runtime (see {@link NitpickerDesk}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Djenode.log=WARN"})
public class NitpickerBench {

    /** Two screen-sized buffers. */
    @State(Scope.Benchmark)
    public static class Screens {
        final int[] from = new int[DeskLayout.SCREEN_WIDTH * DeskLayout.SCREEN_HEIGHT];
        final int[] to = new int[DeskLayout.SCREEN_WIDTH * DeskLayout.SCREEN_HEIGHT];
    }

    /**
     * A running nitpicker desk; after the last measured iteration it prints what nitpicker's entrypoint
     * allocated and the CPU it used per frame in it (JIT-compiled by then).
     */
    public abstract static class Desk {
        NitpickerDesk desk;

        @Setup(Level.Iteration) public void mark() { desk.markCost(); }

        @TearDown(Level.Trial) public void stop() {
            System.out.println("nitpicker's entrypoint, last iteration: " + desk.costPerFrame());
            desk.close();
        }
    }

    /** Nitpicker with 10 clients. */
    @State(Scope.Benchmark)
    public static class Ten extends Desk {
        @Setup(Level.Trial) public void start() throws Exception { desk = NitpickerDesk.start(10, 0, true); }
    }

    /** Nitpicker with the 10 clients, all opaque. */
    @State(Scope.Benchmark)
    public static class TenOpaque extends Desk {
        @Setup(Level.Trial) public void start() throws Exception { desk = NitpickerDesk.start(10, 0, false); }
    }

    /** Nitpicker with the 10 clients in front of 190 fully covered ones. */
    @State(Scope.Benchmark)
    public static class TwoHundred extends Desk {
        @Setup(Level.Trial) public void start() throws Exception { desk = NitpickerDesk.start(10, 190, true); }
    }

    @State(Scope.Benchmark)
    public static class Swing {
        SwingDesk desk;

        @Setup(Level.Trial) public void start() { desk = new SwingDesk(10); }
    }

    @State(Scope.Benchmark)
    public static class Fx {
        FxSceneGraph scene;

        @Setup(Level.Trial) public void start() throws Exception { scene = new FxSceneGraph(10); }

        @TearDown(Level.Trial) public void stop() { scene.close(); }
    }

    @Benchmark
    public int[] plainCopy(Screens s) {
        System.arraycopy(s.from, 0, s.to, 0, s.from.length);
        return s.to;
    }

    @Benchmark
    public void nitpickerFullRedraw10(Ten t) throws Exception { t.desk.fullRedraw(); }

    @Benchmark
    public void nitpickerOpaque10(TenOpaque t) throws Exception { t.desk.fullRedraw(); }

    @Benchmark
    public void nitpickerHidden200(TwoHundred t) throws Exception { t.desk.fullRedraw(); }

    @Benchmark
    public BufferedImage swingDesktopPane10(Swing s) { return s.desk.paint(); }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Djenode.log=WARN",
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"})
    public WritableImage javafxSceneGraph10(Fx f) throws Exception { return f.scene.snapshot(); }
}
