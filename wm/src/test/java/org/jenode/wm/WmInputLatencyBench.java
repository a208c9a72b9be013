package org.jenode.wm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jenode.base.geometry.Rect;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test (it asserts nothing about time): the latency the wm adds to an input event on
 * its way to a client, next to the same event reaching a client of nitpicker without the wm, in one
 * run on the real headless driver. Each sample injects one pointer motion at the driver and takes the
 * time until the client's input handler runs; the two paths alternate so that load hits both alike.
 *
 * <p>Run: {@code mvn -B -o verify -pl wm -am -Dbench=wm -Dtest=WmInputLatencyBench -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures go to {@code wm/target/bench/wm-input-latency.txt}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "wm")
class WmInputLatencyBench {

    static final int WARMUP = 500, SAMPLES = 3000;

    @Test
    void inputLatencyWithAndWithoutTheWm() throws Exception {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 100, 0xffff0000);
            desk.app.window(new Rect(0, 0, 100, 100), "");
            desk.layouter.awaitWindowList("window", l -> LayouterProbe.window(l, "app") != null);
            desk.decorator.place(1, new Rect(20, 20, 100, 100));
            desk.plain.open(100, 100, 0xff00ff00);
            desk.plain.window(new Rect(250, 20, 100, 100), "");
            desk.awaitPixel("both on screen", 30, 30, 0xffff0000);
            desk.awaitPixel("both on screen", 260, 30, 0xff00ff00);
            BlockingQueue<Long> viaWmArrivals = arrivals(desk.app), directArrivals = arrivals(desk.plain);

            long[] wm = new long[SAMPLES], plain = new long[SAMPLES];
            for (int i = -WARMUP; i < SAMPLES; i++) {
                long viaWm = sample(desk, viaWmArrivals, 30 + (i & 63), 30);
                long direct = sample(desk, directArrivals, 260 + (i & 63), 30);
                if (i >= 0) {
                    wm[i] = viaWm;
                    plain[i] = direct;
                }
            }
            String report = String.join("\n", List.of(
                    "input latency: one pointer motion from the driver's Event session to the client's input handler",
                    "%d samples each, alternating, after %d warm-up samples; %d cores, load average at the end: %s".formatted(
                            SAMPLES, WARMUP, Runtime.getRuntime().availableProcessors(), loadAverage()),
                    "",
                    "path                          median     p90     p99    mean  (microseconds)",
                    row("nitpicker -> client (no wm)", plain),
                    row("nitpicker -> wm -> client", wm),
                    "added by the wm (median): %.1f us".formatted((median(wm) - median(plain)) / 1000.0), ""));
            System.out.println(report);
            Path out = Path.of("target", "bench", "wm-input-latency.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    /** When each batch of {@code client}'s input arrived (System.nanoTime, taken in its input handler). */
    private static BlockingQueue<Long> arrivals(GuiClient client) {
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        client.onInput(_ -> arrivals.add(System.nanoTime()));
        return arrivals;
    }

    /**
     * Injects one motion to ({@code x}, {@code y}) and returns the nanoseconds until the handler of the
     * client whose {@code arrivals} these are ran. The time is taken in the handler, so how soon this
     * thread wakes up does not count.
     */
    private static long sample(WmDesk desk, BlockingQueue<Long> arrivals, int x, int y) throws InterruptedException {
        arrivals.clear();
        long start = System.nanoTime();
        desk.screen.inject(new InputEvent.AbsoluteMotion(x, y));
        Long arrival = arrivals.poll(5, TimeUnit.SECONDS);
        if (arrival == null) throw new AssertionError("motion to " + x + "," + y + " never arrived");
        return arrival - start;
    }

    /** The host's 1, 5 and 15 minute load averages (Linux), to tell a quiet run from a busy one. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String row(String name, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return "%-28s %7.1f %7.1f %7.1f %7.1f".formatted(name, s[s.length / 2] / 1000.0, s[s.length * 9 / 10] / 1000.0,
                s[s.length * 99 / 100] / 1000.0, Arrays.stream(s).average().orElse(0) / 1000.0);
    }

    private static long median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
