package org.jenode.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jenode.testing.x11.XServer;

/**
 * Start-up time and resident memory of the default desktop next to a bare JavaFX window
 * ({@link BareFxWindow}), each started as a child JVM, alternately, on the current display or on a
 * private Xvfb when there is none: the desktop exactly as {@code ./jenode} starts it (from the
 * command's generated java command line), the bare window with this JVM's options (the same flags, a
 * module path of its own). See {@link StartupRun} for what is measured.
 */
final class StartupBench {

    private static final int XVFB_WIDTH = 1920;
    private static final int XVFB_HEIGHT = 1080;

    private final Path desktopArgs;
    private final Path scenario;
    private final int runs;

    /** @param desktopArgs the java command line of the {@code jenode} command (an @-file), which runs {@code scenario} */
    StartupBench(Path desktopArgs, Path scenario, int runs) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        this.desktopArgs = desktopArgs;
        this.scenario = scenario;
        this.runs = runs;
    }

    /** Measures and prints the table; returns the exit code. */
    int run(PrintStream out) throws Exception {
        if (!Files.isRegularFile(desktopArgs))
            throw new IllegalStateException("no " + desktopArgs + ": build the jenode command first (./jenode does)");
        String display = System.getenv("DISPLAY");
        if (display != null) return measure(display, out);
        try (XServer xvfb = XServer.start(XVFB_WIDTH, XVFB_HEIGHT)) {
            out.println("no DISPLAY: measuring on a private Xvfb at " + xvfb.display());
            return Relaunch.withDisplay(xvfb.display());
        }
    }

    private int measure(String display, PrintStream out) throws Exception {
        ScreenWatch watch = new ScreenWatch();
        List<String> desktop = List.of(ChildJvm.java(), "@" + desktopArgs, "run", scenario.toString());
        List<String> bare = ChildJvm.command(List.of(), BareFxWindow.class);
        List<StartupRun.Figures> desktops = new ArrayList<>(), bares = new ArrayList<>();
        out.printf("startup: %d runs each, alternating, on DISPLAY %s%n", runs, display);
        for (int i = 0; i < runs; i++) {
            desktops.add(print(out, "desktop", StartupRun.measure(desktop, display, watch)));
            bares.add(print(out, "bare JavaFX window", StartupRun.measure(bare, display, watch)));
        }
        double[] d = medians(desktops), b = medians(bares);
        out.printf("%n%-22s %12s %10s %9s %9s%n", "median of " + runs, "first frame", "complete", "VmRSS", "VmHWM");
        out.printf("%-22s %9.0f ms %7.0f ms %6.0f MB %6.0f MB%n", "desktop", d[0], d[1], d[2], d[3]);
        out.printf("%-22s %9.0f ms %7.0f ms %6.0f MB %6.0f MB%n", "bare JavaFX window", b[0], b[1], b[2], b[3]);
        out.printf("%-22s %11.1fx %9.1fx %8.1fx %8.1fx%n", "desktop / bare", d[0] / b[0], d[1] / b[1], d[2] / b[2], d[3] / b[3]);
        return 0;
    }

    private static StartupRun.Figures print(PrintStream out, String what, StartupRun.Figures f) {
        out.printf("  %-20s first frame %5.0f ms, complete %5.0f ms, VmRSS %4.0f MB, VmHWM %4.0f MB (%d small changes ignored%s)%n",
                what, f.firstFrameMs(), f.completeMs(), f.rssKb() / 1024.0, f.hwmKb() / 1024.0, f.smallChanges(),
                f.quiet() ? "" : "; STILL CHANGING at the end of the watch");
        return f;
    }

    /** First frame ms, complete ms, VmRSS MB, VmHWM MB. */
    private static double[] medians(List<StartupRun.Figures> runs) {
        return new double[] {median(runs, StartupRun.Figures::firstFrameMs), median(runs, StartupRun.Figures::completeMs),
                median(runs, f -> f.rssKb() / 1024.0), median(runs, f -> f.hwmKb() / 1024.0)};
    }

    private static double median(List<StartupRun.Figures> runs, ToDoubleFunction<StartupRun.Figures> figure) {
        double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
