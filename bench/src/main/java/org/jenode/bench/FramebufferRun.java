package org.jenode.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jenode.testing.x11.XServer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code jenode bench framebuffer}: {@link FramebufferBench} under JMH, printed with refreshes per
 * second, ratios to the plain copy and what each figure means. fb_fx and fb_gl need an X display:
 * {@code DISPLAY}, or else a private Xvfb, on which this command runs itself again (see
 * {@link Relaunch}). A window driver that cannot run here is left out with the reason, found by a
 * {@link DriverTrial} before JMH starts, so that its benchmarks do not fail one fork after the other.
 */
public final class FramebufferRun {

    private static final String BASELINE = "copyFrame";
    /** fb_fx alone may wait 30 s for its window. */
    private static final long TRIAL_TIMEOUT_S = 60;

    /** Binary name and the prefix of its benchmark methods. */
    private record Window(String binary, String benchmarks) { }

    private static final List<Window> WINDOWS = List.of(new Window("fb_fx", "fx"), new Window("fb_gl", "gl"));

    /** Measures and prints the table; returns the exit code. */
    public int run(PrintStream out) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display != null) return measure(display, out);
        XServer xvfb;
        try {
            xvfb = XServer.start(FbDesk.WIDTH, FbDesk.HEIGHT);
        } catch (IOException e) {
            out.println("fb_fx, fb_gl: not measured: no DISPLAY, and no private Xvfb (" + e.getMessage() + ")");
            return measure(null, out);
        }
        try (xvfb) {
            out.println("no DISPLAY: fb_fx and fb_gl on a private Xvfb at " + xvfb.display());
            return Relaunch.withDisplay(xvfb.display());
        }
    }

    private int measure(String display, PrintStream out) throws Exception {
        List<String> included = new ArrayList<>(List.of(BASELINE, "headless"));
        boolean windows = false;
        if (display != null) {
            for (Window w : WINDOWS) {
                String why = cannotRun(w.binary());
                if (why == null) included.add(w.benchmarks());
                else out.println(w.binary() + ": not measured: " + why);
                windows |= why == null;
            }
        }
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(Pattern.quote(FramebufferBench.class.getName()) + "\\.(" + String.join("|", included) + ")")
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(1)).build()).run();
        new RatioTable(BASELINE, true).print(results, out);
        legend(windows ? display : null, out);
        return 0;
    }

    /** Why {@code binary} cannot run here, from a {@link DriverTrial}, or null if it can. */
    private static String cannotRun(String binary) throws IOException, InterruptedException {
        Path output = Files.createTempFile("jenode-trial", ".txt");
        try {
            Process trial = new ProcessBuilder(ChildJvm.command(List.of("-Djenode.log=OFF"), DriverTrial.class, binary))
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!trial.waitFor(TRIAL_TIMEOUT_S, TimeUnit.SECONDS)) {
                trial.destroyForcibly().waitFor();
                return "did not start within " + TRIAL_TIMEOUT_S + " s";
            }
            if (trial.exitValue() == 0) return null;
            List<String> lines = Files.readAllLines(output);
            return lines.isEmpty() ? "its trial exited with code " + trial.exitValue() : lines.get(lines.size() - 1);
        } finally {
            Files.delete(output);
        }
    }

    /** @param display where fb_fx or fb_gl were measured, null if neither was */
    private static void legend(String display, PrintStream out) {
        out.printf("%nA 1920x1080 ARGB frame; Dirty is a 64x64 rectangle at its centre. score: JMH's average time per"
                + " refresh; per second: its inverse.%n");
        out.println("  copyFrame       System.arraycopy of one 1920x1080 int[] frame: the baseline of the ratios.");
        out.println("  headless*       fb_headless: the client's refresh() call, a session call on the driver's entrypoint");
        out.println("                  that copies the rectangle into the front image (what Capture and screenshots read);");
        out.println("                  when it returns, the refresh is done.");
        out.println("  fx*Call, gl*Call  the refresh() call alone, back to back: the same copy, then the hand-over to the");
        out.println("                  FX thread (fb_fx) or the GL render thread (fb_gl), which is not waited for. Those");
        out.println("                  threads show meanwhile and merge refreshes that pile up: the client's cost, not refreshes shown.");
        out.println("  fx*Shown, gl*Shown  refresh(), then reading the pixel at the centre back from the X server (GetImage,");
        out.println("                  every " + ScreenProbe.POLL_PAUSE_US + " us) until it shows the colour just written, before the next refresh:");
        out.println("                  refreshes on screen, one at a time. fb_fx shows at JavaFX pulses (60 Hz at most),");
        out.println("                  fb_gl whenever woken.");
        if (display != null) {
            out.println("fb_fx: JavaFX's software pipeline (prism.order=sw, as ./jenode runs it) on DISPLAY " + display
                    + "; fb_gl: the OpenGL of that display (on Xvfb, Mesa's llvmpipe, in software).");
        }
        out.println("Capture.frames() is not the signal: it counts refresh calls at the driver's entrypoint, ahead of fb_fx and fb_gl.");
    }
}
