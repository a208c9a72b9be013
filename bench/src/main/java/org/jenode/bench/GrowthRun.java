package org.jenode.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;

/**
 * {@code jenode bench growth}: how start-up, memory and the cost of a frame grow with the number of
 * nitpicker clients (10, 100, 1,000 small ones, as many testnits would be) and of windows under the wm
 * (1, 10, 100), one scene after the other in this JVM, each next to the same scene's baseline.
 * <ul>
 *   <li>Clients: opaque {@value #TILE_W}x{@value #TILE_H} tiles cascading over the 1920x1080 screen, in front
 *       of a screen-sized opaque client. A full redraw with the tiles in front, then with that client
 *       raised over them all, when every tile is a hidden view: that frame draws one screen whatever the
 *       number, so any growth in it is a cost of hidden views.</li>
 *   <li>Windows: opaque {@value #WIN_W}x{@value #WIN_H} windows of the themed decorator, placed by the
 *       floating layouter, cascading; a full redraw, and the frames of dragging the front window (the
 *       wm, layouter and decorator exchanging the whole window list and layout each step).</li>
 * </ul>
 * Start-up is from the scenario's start until every client's view is up, stacked, and on a composed
 * frame (clients), or until the layouter has laid out every window (windows); memory is what the scene
 * added, as {@link Memory} counts it.
 */
public final class GrowthRun {

    private static final int[] CLIENTS = {10, 100, 1000};
    private static final int[] WINDOWS = {1, 10, 100};
    private static final int TILE_W = 96, TILE_H = 64, WIN_W = 400, WIN_H = 300;
    private static final int WARMUP = 10, FRAMES = 40, STEPS = 30;

    /** A scene's figures: its start-up, memory and median frame costs, in nanoseconds and bytes. */
    private record Row(int count, long startup, Memory memory, long first, long second, long third) { }

    /**
     * The process's resident memory ({@code VmRSS}: the dataspaces are FFM arenas outside the heap and
     * outside the direct-buffer pool; approximate, since freed memory need not go back to the system at
     * once) and the heap in use after a collection (approximate: what the scene before left may remain).
     */
    private record Memory(long resident, long heap) {
        static Memory now() {
            System.gc();
            return new Memory(readResident(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        Memory minus(Memory m) { return new Memory(resident - m.resident, heap - m.heap); }

        private static long readResident() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                    if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            } catch (IOException e) {
                return 0;
            }
            return 0;
        }
    }

    public int run(PrintStream out) throws Exception {
        String before = WmRun.loadAverage();
        List<Row> clients = new ArrayList<>(), windows = new ArrayList<>();
        for (int n : CLIENTS) clients.add(clients(n));
        for (int n : WINDOWS) windows.add(windows(n));
        out.printf("bench growth: nitpicker on fb_headless 1920x1080, frames on demand; %d cores; load average before %s, after %s%n%n",
                Runtime.getRuntime().availableProcessors(), before, WmRun.loadAverage());
        out.printf("%-28s %10s %12s %10s %16s %16s%n", TILE_W + "x" + TILE_H + " opaque clients", "start-up", "resident", "heap",
                "redraw, visible", "redraw, hidden");
        for (Row r : clients)
            out.printf("%-28d %7.0f ms %9.1f MB %7.1f MB %13.2f ms %13.2f ms%n", r.count(), ms(r.startup()), mb(r.memory().resident()),
                    mb(r.memory().heap()), ms(r.first()), ms(r.second()));
        out.printf("%n%-28s %10s %12s %10s %16s %16s %16s%n", WIN_W + "x" + WIN_H + " windows under the wm", "start-up", "resident", "heap",
                "full redraw", "drag: frames", "drag: step");
        for (Row r : windows)
            out.printf("%-28d %7.0f ms %9.1f MB %7.1f MB %13.2f ms %13.2f ms %13.2f ms%n", r.count(), ms(r.startup()),
                    mb(r.memory().resident()), mb(r.memory().heap()), ms(r.first()), ms(r.second()), ms(r.third()));
        out.printf("%nstart-up: until every view is stacked and composed, or every window laid out; redraw, hidden: every tile behind one opaque screen-sized client; drag: the cost of the frames of one step of the front window%n"
                + "(their composition), and the step from the pointer motion to the moved pixels (frames on demand, back to back)%n");
        return 0;
    }

    private static Row clients(int n) throws Exception {
        List<NitpickerDesk.Placement> scene = new ArrayList<>();
        scene.add(new NitpickerDesk.Placement(new Rect(0, 0, DeskLayout.SCREEN_WIDTH, DeskLayout.SCREEN_HEIGHT), 0, false));
        for (int i = 0; i < n; i++)
            scene.add(new NitpickerDesk.Placement(new Rect((i * 97) % (DeskLayout.SCREEN_WIDTH - TILE_W),
                    (i * 53) % (DeskLayout.SCREEN_HEIGHT - TILE_H), TILE_W, TILE_H), i + 1, false));
        Memory base = Memory.now();
        long start = System.nanoTime();
        try (NitpickerDesk desk = NitpickerDesk.start(scene)) {
            long startup = System.nanoTime() - start;
            Memory memory = Memory.now().minus(base);
            long visible = redraws(desk);
            desk.raise(0);
            return new Row(n, startup, memory, visible, redraws(desk), 0);
        }
    }

    private static long redraws(NitpickerDesk desk) throws Exception {
        long[] t = new long[FRAMES];
        for (int i = -WARMUP; i < FRAMES; i++) {
            long start = System.nanoTime();
            desk.fullRedraw();
            if (i >= 0) t[i] = System.nanoTime() - start;
        }
        return WmRun.median(t);
    }

    private static Row windows(int n) throws Exception {
        Memory base = Memory.now();
        try (WmDesk desk = WmDesk.start(n, new Mode(WIN_W, WIN_H), false)) {
            long startup = desk.startup();
            Memory memory = Memory.now().minus(base);
            long[] full = new long[FRAMES];
            for (int i = -WARMUP; i < FRAMES; i++) {
                long t = desk.fullRedraw();
                if (i >= 0) full[i] = t;
            }
            List<WmDesk.Frames> drag = desk.drag(WmDesk.window(n - 1), STEPS, 6, 3);
            long[] frame = drag.stream().mapToLong(WmDesk.Frames::drawn).toArray(), step = drag.stream().mapToLong(WmDesk.Frames::total).toArray();
            return new Row(n, startup, memory, WmRun.median(full), WmRun.median(frame), WmRun.median(step));
        }
    }

    private static double ms(long ns) { return ns / 1e6; }

    private static double mb(long bytes) { return bytes / 1048576.0; }
}
