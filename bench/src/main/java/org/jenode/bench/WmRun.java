package org.jenode.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;

/**
 * {@code jenode bench wm}: the window manager's stack at work ({@link WmDesk}), next to a full nitpicker
 * redraw of the same scene, in one run. Frames happen on demand, back to back, so that the figures are
 * work, not waits for a display's refresh:
 * <ul>
 *   <li>dragging an 800x600 window across the 1920x1080 screen by its title bar: each step, a pointer
 *       motion at the driver, until the screen shows the window at the new place; the frame that moves
 *       it redraws only what the move exposes and covers, and it is set against the full redraw, both in
 *       time and in pixels;</li>
 *   <li>the latency the wm adds to an input event on its way to a client: a pointer motion at the driver
 *       until the input handler of a window's client runs, next to a client of nitpicker beside the wm,
 *       alternating;</li>
 *   <li>a resize request (the wm's {@code resize_request} ROM) until the client's pixels of the new size
 *       are on the screen: the wm's mode signal, the client's new buffer and picture, the window list,
 *       the layouter's layout and the decorator's frame, and nitpicker's frames.</li>
 * </ul>
 */
public final class WmRun {

    private static final int WARMUP = 30, FULL = 60, EMPTY = 60, RESIZES = 40, INPUT_WARMUP = 300, INPUTS = 2000;
    private static final int WINDOWS = 10;
    private static final int STEPS = 100, STEP_X = 8, STEP_Y = 4;
    private static final String DRAGGED = WmDesk.window(1);

    public int run(PrintStream out) throws Exception {
        String before = loadAverage();
        long[] full = new long[FULL], empty = new long[EMPTY], moveFrames = new long[STEPS], steps = new long[STEPS];
        long[] fullCpu = new long[FULL], emptyCpu = new long[EMPTY], stepCpu = new long[STEPS];
        CpuMeter cpu = new CpuMeter();
        long meter; // what a reading of the meter costs itself, taken off every figure
        Map<String, Long> dragThreads; // the CPU each thread used over the whole drag
        int[] stepFrames = new int[STEPS], resizeFrames = new int[RESIZES];
        long[] resizes = new long[RESIZES], viaWm = new long[INPUTS], direct = new long[INPUTS];
        try (WmDesk desk = WmDesk.start(WINDOWS, new Mode(DeskLayout.CLIENT_WIDTH, DeskLayout.CLIENT_HEIGHT), true)) {
            for (int i = 0; i < WARMUP; i++) desk.fullRedraw();
            long[] reading = new long[EMPTY];
            for (int i = 0; i < EMPTY; i++) {
                long c = cpu.nanos();
                reading[i] = cpu.nanos() - c;
            }
            meter = median(reading);
            for (int i = 0; i < FULL; i++) {
                long c = cpu.nanos();
                full[i] = desk.fullRedraw();
                fullCpu[i] = cpu.nanos() - c - meter;
            }
            for (int i = 0; i < EMPTY; i++) {
                long c = cpu.nanos();
                empty[i] = desk.frame();
                emptyCpu[i] = cpu.nanos() - c - meter;
            }
            XmlNode w = desk.window(DRAGGED).orElseThrow();
            int id = w.intAttribute("id", 0), x = w.intAttribute("xpos", 0), y = w.intAttribute("ypos", 0);
            desk.raise(DRAGGED); // in front, where nothing covers what is measured

            for (int i = 0; i < RESIZES; i++) {
                Mode size = i % 2 == 0 ? new Mode(840, 630) : new Mode(DeskLayout.CLIENT_WIDTH, DeskLayout.CLIENT_HEIGHT);
                long start = System.nanoTime();
                desk.requestResize(id, size);
                WmDesk.Frames f = desk.framesUntil(() -> desk.rgb(x + size.width() - 2, y + size.height() - 2) == BenchClient.marker(size));
                resizes[i] = System.nanoTime() - start;
                resizeFrames[i] = f.count();
            }

            BenchClient window = desk.client(DRAGGED), plain = desk.client("plain");
            for (int i = -INPUT_WARMUP; i < INPUTS; i++) {
                long a = input(desk, window, x + 50 + (i & 63), y + 50);
                long b = input(desk, plain, WmDesk.PLAIN.x() + 10 + (i & 63), WmDesk.PLAIN.y() + 10);
                if (i >= 0) {
                    viaWm[i] = a;
                    direct[i] = b;
                }
            }

            Map<String, Long> threadsBefore = cpu.byThread();
            List<WmDesk.Frames> drag = desk.drag(DRAGGED, STEPS, STEP_X, STEP_Y);
            Map<String, Long> threadsAfter = cpu.byThread();
            threadsAfter.replaceAll((name, t) -> t - threadsBefore.getOrDefault(name, 0L));
            dragThreads = threadsAfter;
            for (int s = 0; s < STEPS; s++) {
                steps[s] = drag.get(s).total();
                moveFrames[s] = drag.get(s).drawn();
                stepFrames[s] = drag.get(s).count();
                stepCpu[s] = drag.get(s).cpu();
            }
        }
        // a step's CPU without that of the empty frames it waited through, as the empty frames cost in this run
        long[] stepWork = new long[STEPS];
        for (int s = 0; s < STEPS; s++) stepWork[s] = stepCpu[s] - meter - stepFrames[s] * median(emptyCpu);
        print(out, before, full, empty, moveFrames, steps, stepFrames, viaWm, direct, resizes, resizeFrames);
        out.printf("%nCPU time of all threads (work, whatever else the machine runs), less the meter's own %.3f ms:%n", ms(meter));
        out.printf("%-56s %6.2f ms %6.2f ms %7d%n", "full redraw of the scene by nitpicker (the baseline)", ms(median(fullCpu)), ms(p90(fullCpu)),
                fullCpu.length);
        out.printf("%-56s %6.3f ms %6.3f ms %7d%n", "a frame with nothing to redraw", ms(median(emptyCpu)), ms(p90(emptyCpu)), emptyCpu.length);
        out.printf("%-56s %6.2f ms %6.2f ms %7d%n", "drag: a step, less its empty frames", ms(median(stepWork)), ms(p90(stepWork)), STEPS);
        out.printf("  a drag step costs %.2f of a full redraw in CPU time (wm, layouter and decorator included); per step, by thread:%n",
                (double) median(stepWork) / median(fullCpu));
        dragThreads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> out.printf("    %-52s %6.2f ms%n", e.getKey(), ms(e.getValue() / STEPS)));
        return 0;
    }

    /** Injects one motion to ({@code x}, {@code y}) and returns the nanoseconds until {@code client}'s input handler ran. */
    private static long input(WmDesk desk, BenchClient client, int x, int y) throws TimeoutException {
        int seen = client.inputs();
        long start = System.nanoTime();
        desk.inject(new InputEvent.AbsoluteMotion(x, y));
        long deadline = start + 5_000_000_000L;
        while (client.inputs() == seen) {
            if (System.nanoTime() > deadline) throw new TimeoutException("a motion to " + x + "," + y + " never arrived");
            LockSupport.parkNanos(20_000);
        }
        return client.lastInput() - start;
    }

    private static void print(PrintStream out, String loadBefore, long[] full, long[] empty, long[] moveFrames, long[] steps,
                              int[] stepFrames, long[] viaWm, long[] direct, long[] resizes, int[] resizeFrames) {
        long screen = (long) DeskLayout.SCREEN_WIDTH * DeskLayout.SCREEN_HEIGHT;
        long exposed = (long) (DeskLayout.CLIENT_WIDTH + 2 * (WmDesk.DECOR_SIDE + WmDesk.AURA_SIDE) + STEP_X)
                * (DeskLayout.CLIENT_HEIGHT + WmDesk.DECOR_TOP + WmDesk.AURA_TOP + WmDesk.DECOR_SIDE + WmDesk.AURA_BOTTOM + STEP_Y);
        out.printf("bench wm: the wm, the floating layouter and the themed decorator (shadow) on fb_headless %dx%d,%n",
                DeskLayout.SCREEN_WIDTH, DeskLayout.SCREEN_HEIGHT);
        out.printf("%d windows of %dx%d (every third translucent) and a client of nitpicker beside them; frames on demand%n",
                WINDOWS, DeskLayout.CLIENT_WIDTH, DeskLayout.CLIENT_HEIGHT);
        out.printf("%d cores; load average before %s, after %s%n%n", Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
        out.printf("%-56s %9s %9s %7s   %s%n", "", "median", "p90", "samples", "pixels redrawn");
        out.printf("%-56s %6.2f ms %6.2f ms %7d   %,d (100 %%)%n", "full redraw of the scene by nitpicker (the baseline)",
                ms(median(full)), ms(p90(full)), full.length, screen);
        out.printf("%-56s %6.2f ms %6.2f ms %7d   0%n", "a frame with nothing to redraw", ms(median(empty)), ms(p90(empty)), empty.length);
        out.printf("%-56s %6.2f ms %6.2f ms %7d   about %,d (%.0f %%)%n",
                "drag by (" + STEP_X + "," + STEP_Y + "): the frames of a step, their cost", ms(median(moveFrames)), ms(p90(moveFrames)),
                moveFrames.length, exposed, 100.0 * exposed / screen);
        out.printf("%-56s %6.2f ms %6.2f ms %7d   %s frames a step (median)%n", "drag: a step, from the pointer to the moved pixels",
                ms(median(steps)), ms(p90(steps)), steps.length, median(stepFrames));
        out.printf("%n  a step's frames cost %.2f of a full redraw and redraw %.2f of its pixels: proportional to the area,%n",
                (double) median(moveFrames) / median(full), (double) exposed / screen);
        out.printf("  not to the screen (the pixels are the window's frame and shadow at the old and new place, their union;%n");
        out.printf("  a step takes several frames because the motion goes wm, layouter, wm and decorator, each on a frame's sync)%n%n");
        out.printf("%-56s %6.1f us %6.1f us %7d%n", "input: a motion at the driver to a client of nitpicker", us(median(direct)),
                us(p90(direct)), direct.length);
        out.printf("%-56s %6.1f us %6.1f us %7d%n", "input: the same to a window's client, through the wm", us(median(viaWm)),
                us(p90(viaWm)), viaWm.length);
        out.printf("%-56s %6.1f us%n", "  added by the wm (medians)", us(median(viaWm) - median(direct)));
        out.printf("%n%-56s %6.2f ms %6.2f ms %7d   %s frames (median)%n", "resize request to the client's new pixels on screen",
                ms(median(resizes)), ms(p90(resizes)), resizes.length, median(resizeFrames));
    }

    private static double ms(long ns) { return ns / 1e6; }

    private static double us(long ns) { return ns / 1e3; }

    static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static int median(int[] v) {
        int[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long p90(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length * 9 / 10];
    }

    /** The host's 1, 5 and 15 minute load averages (Linux), to tell a quiet run from a busy one. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
