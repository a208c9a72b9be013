package org.jenode.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * {@code jenode bench terminal}: bash in the terminal on fb_headless under nitpicker, next to bash in a
 * tmux pane of the same size, in the same run. Throughput: {@code cat} of a 20 MB text file, from the
 * Enter at the input driver until its last line (blue) is in the pixels read back through Capture (for
 * tmux: until {@code capture-pane} shows it), after an untimed cat of 2 MB in both. Latency: a key press at the driver until its echo changes
 * the pixels of the cell (for tmux: {@code send-keys} until {@code capture-pane} shows the character, which
 * includes starting two tmux client processes).
 */
public final class TerminalRun {

    private static final int WIDTH = 1024, HEIGHT = 768;
    private static final long FILE_BYTES = 20L << 20;
    /** Untimed first: the JIT compiles the terminal, and the JVM's start-up threads finish, before the timed cat. */
    private static final long WARM_UP_BYTES = 2L << 20;
    private static final int LATENCY_SAMPLES = 40;
    private static final long TIMEOUT_S = 300;
    private static final long POLL_NS = 200_000;
    private static final long THROUGHPUT_POLL_NS = 2_000_000;
    private static final int BLUE = 0x0000ee; // xterm's colour 4, the last line's background

    public int run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("jenode-terminal-bench");
        Path file = dir.resolve("big.txt"), warmUp = dir.resolve("warm-up.txt");
        writeText(file, FILE_BYTES);
        writeText(warmUp, WARM_UP_BYTES);
        out.printf("file: %s, %.1f MB; screen %dx%d; the machine may be shared: compare the columns, not runs%n",
                file, Files.size(file) / 1e6, WIDTH, HEIGHT);
        try (JenodeTerminal jenode = JenodeTerminal.start(dir)) {
            try (TmuxPane tmux = new TmuxPane(jenode.columns, jenode.lines, dir)) {
                out.printf("size: %d columns x %d lines in both%n%n", jenode.columns, jenode.lines);
                jenode.catSeconds(warmUp);
                tmux.catSeconds(warmUp);
                awaitVectorWarmUp();
                double jThroughput = jenode.catSeconds(file), tThroughput = tmux.catSeconds(file);
                double mb = Files.size(file) / 1e6;
                out.printf("%-34s %12s %12s%n", "", "jenode", "tmux");
                out.printf("%-34s %10.2f s %10.2f s%n", "cat 20 MB until the last line", jThroughput, tThroughput);
                out.printf("%-34s %7.1f MB/s %7.1f MB/s%n", "  throughput", mb / jThroughput, mb / tThroughput);
                double[] jl = jenode.echoLatencies(), tl = tmux.echoLatencies();
                out.printf("%-34s %9.2f ms %9.2f ms%n", "key to echo, median", Ranks.median(jl), Ranks.median(tl));
                out.printf("%-34s %9.2f ms %9.2f ms%n", "key to echo, 90th percentile", Ranks.percentile(jl, 0.9), Ranks.percentile(tl, 0.9));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
        return 0;
    }

    /** Lines of words and numbers, 80 columns at most, then one line on a blue background. */
    private static void writeText(Path file, long bytes) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (long i = 0; written < bytes; i++) {
                String line = "line " + i + ": the quick brown fox jumps over the lazy dog " + Long.toHexString(i * 0x9e3779b97f4a7c15L) + "\n";
                w.write(line);
                written += line.length();
            }
            w.write("\u001b[44m" + " ".repeat(40) + "\u001b[0m\n");
        }
    }

    /**
     * base's drawing races its vector loops against its per-pixel ones on a thread of its own after the JVM
     * starts, for up to a minute on a busy machine: in a profile it took as much CPU during the timed cat as
     * the terminal did. The JVM's start-up, not the terminal: wait until it has ended (by its thread's name).
     */
    private static void awaitVectorWarmUp() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().equals("canvas vector warm-up")) t.join(TimeUnit.SECONDS.toMillis(90));
    }

    /**
     * Polls every 200 µs: often enough for latencies of milliseconds, seldom enough not to take a core
     * from the terminal it measures (there are two here).
     */
    private static void await(String what, BooleanSupplier condition) throws TimeoutException {
        await(what, condition, POLL_NS);
    }

    /**
     * Polls every {@link #THROUGHPUT_POLL_NS}, for waits of seconds: each poll copies pixels on the driver's
     * entrypoint (or starts a tmux client), and polling as often as for latencies took a third of a core from
     * the terminal it measured.
     */
    private static void awaitOutput(String what, BooleanSupplier condition) throws TimeoutException {
        await(what, condition, THROUGHPUT_POLL_NS);
    }

    private static void await(String what, BooleanSupplier condition, long pollNs) throws TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new TimeoutException("timed out waiting for " + what);
            LockSupport.parkNanos(pollNs);
        }
    }

    /** The real stack, read and typed at the driver only. */
    private static final class JenodeTerminal implements AutoCloseable {
        final Core core;
        final CaptureSession capture;
        final EventSession events;
        final int columns, lines, cellWidth, cellHeight;

        private JenodeTerminal(Core core, CaptureSession capture, EventSession events, int columns, int lines) {
            this.core = core;
            this.capture = capture;
            this.events = events;
            this.columns = columns;
            this.lines = lines;
            this.cellWidth = WIDTH / columns;
            this.cellHeight = HEIGHT / lines;
        }

        static JenodeTerminal start(Path dir) throws Exception {
            CompletableFuture<Env> tester = new CompletableFuture<>();
            Binaries binaries = Binaries.discover().with(new Binary("tester", env -> {
                tester.complete(env);
                return new Component() { };
            }));
            Core core = new Core(Scenario.parse(scenario(dir), "terminal bench", Path.of(".")), binaries).start();
            try {
                Env env = tester.get(60, TimeUnit.SECONDS);
                CaptureSession capture = env.ep().call(() -> env.session(CaptureSession.class, "screen"));
                EventSession events = env.ep().call(() -> env.session(EventSession.class, "device"));
                await("a first frame", () -> capture.frames() > 0);
                int[] size = askSize(events);
                return new JenodeTerminal(core, capture, events, size[0], size[1]);
            } catch (Exception | Error e) {
                core.close();
                throw e;
            }
        }

        /** The terminal's size in cells, as the shell in it sees it: tput writes it to a file. */
        private static int[] askSize(EventSession events) throws Exception {
            Path answer = Path.of(System.getProperty("java.io.tmpdir")).resolve("jenode-bench-size-" + ProcessHandle.current().pid());
            Files.deleteIfExists(answer);
            // until the terminal's window is up, a click focuses nothing and the keys go nowhere: type again
            // the answer read is the one kept: a command typed again may truncate the file at any moment
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            for (int[] size = size(answer); ; size = size(answer)) {
                if (size.length == 2) {
                    Files.deleteIfExists(answer);
                    return size;
                }
                if (System.nanoTime() > deadline) throw new TimeoutException("the shell never answered tput");
                typeLine(events, "clear; tput cols lines > " + answer);
                Thread.sleep(1000);
            }
        }

        private static int[] size(Path p) {
            try {
                return Files.readAllLines(p).stream().filter(l -> !l.isBlank()).mapToInt(l -> Integer.parseInt(l.trim())).toArray();
            } catch (IOException | NumberFormatException e) {
                return new int[0];
            }
        }

        private static String scenario(Path dir) {
            return """
                <scenario ram="512M">
                  <rom name="fb.config"><config width="%d" height="%d"/></rom>
                  <config>
                    <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                    <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                    <start name="fb">
                      <binary name="fb_headless"/>
                      <resource name="RAM" quantum="16M"/>
                      <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                      <route> <service name="ROM" label="config"> <parent label="fb.config"/> </service> <any-service> <parent/> </any-service> </route>
                    </start>
                    <start name="tester"> <resource name="RAM" quantum="1M"/> </start>
                    <start name="nitpicker">
                      <resource name="RAM" quantum="16M"/>
                      <provides> <service name="Nitpicker"/> </provides>
                      <config> <domain name="default" layer="1"/> <policy label="" domain="default"/> <pointer draw="no"/> </config>
                    </start>
                    <start name="terminal">
                      <resource name="RAM" quantum="64M"/>
                      <provides> <service name="Terminal"/> </provides>
                      <config gui="yes" font_size="14" scrollback="1000" cursor_blink="no"/>
                    </start>
                    <start name="pty">
                      <resource name="RAM" quantum="4M"/>
                      <config command="/bin/bash" cwd="%s" inherit_env="no">
                        <arg value="--norc"/> <arg value="--noprofile"/>
                        <env name="PS1" value="$ "/> <env name="PATH" value="/usr/bin:/bin"/>
                      </config>
                    </start>
                  </config>
                </scenario>
                """.formatted(WIDTH, HEIGHT, dir);
        }

        void typeLine(String text) { typeLine(events, text); }

        /** Clicks into the terminal (focusing it) and types {@code text} and Enter. */
        static void typeLine(EventSession events, String text) {
            List<InputEvent> es = new ArrayList<>(List.of(new InputEvent.AbsoluteMotion(5, 5),
                    new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT)));
            for (char c : text.toCharArray()) es.add(new InputEvent.Character(c));
            es.add(new InputEvent.Press(Keycodes.KEY_ENTER));
            es.add(new InputEvent.Release(Keycodes.KEY_ENTER));
            events.submit(es);
        }

        /**
         * Whether column {@code x}'s pixels show the blue of the last line in the screen's last two lines,
         * where it is once a file longer than the screen has been shown (the prompt comes below it): looking
         * at the whole column every 2 ms took a third of a core from the terminal.
         */
        boolean blueInColumn(int x) {
            for (int p : capture.pixels(new Rect(x, (lines - 2) * cellHeight, 1, 2 * cellHeight))) if ((p & 0xffffff) == BLUE) return true;
            return false;
        }

        double catSeconds(Path file) throws Exception {
            typeLine("clear");
            await("a clear screen", () -> !blueInColumn(cellWidth * 10 + 1));
            long start = System.nanoTime();
            typeLine("cat " + file);
            awaitOutput("the last line", () -> blueInColumn(cellWidth * 10 + 1));
            return (System.nanoTime() - start) / 1e9;
        }

        double[] echoLatencies() throws Exception {
            typeLine("clear");
            Rect firstRow = new Rect(0, 0, WIDTH, cellHeight);
            await("the prompt alone on a clear screen", () -> Arrays.stream(capture.pixels(new Rect(0, cellHeight, WIDTH, cellHeight)))
                    .allMatch(p -> p == capture.pixels(firstRow)[WIDTH - 1]));
            double[] ms = new double[LATENCY_SAMPLES];
            for (int i = 0; i < LATENCY_SAMPLES; i++) {
                Rect cell = new Rect((2 + i) * cellWidth, 0, cellWidth, cellHeight);
                int[] before = capture.pixels(cell);
                long start = System.nanoTime();
                events.submit(List.of(new InputEvent.Press(Keycodes.KEY_X), new InputEvent.Character('x'), new InputEvent.Release(Keycodes.KEY_X)));
                await("the echo", () -> !Arrays.equals(capture.pixels(cell), before) && glyphIn(capture.pixels(cell)));
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            events.submit(List.of(new InputEvent.Press(Keycodes.KEY_LEFTCTRL), new InputEvent.Press(Keycodes.KEY_U),
                    new InputEvent.Release(Keycodes.KEY_U), new InputEvent.Release(Keycodes.KEY_LEFTCTRL)));
            return ms;
        }

        /** The cursor block left the cell and a glyph is there: more than two colours in it. */
        private static boolean glyphIn(int[] now) {
            return Arrays.stream(now).distinct().count() > 2;
        }

        @Override public void close() { core.close(); }
    }

    /** bash in a detached tmux pane of the same size, read with capture-pane. */
    private static final class TmuxPane implements AutoCloseable {
        private final String socket = "jenode-bench-" + ProcessHandle.current().pid();

        TmuxPane(int columns, int lines, Path dir) throws Exception {
            tmux("-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", String.valueOf(columns), "-y", String.valueOf(lines),
                    "cd " + dir + " && env -i TERM=xterm-256color PATH=/usr/bin:/bin PS1='$ ' bash --norc --noprofile");
            await("tmux's prompt", () -> capture().startsWith("$"));
        }

        private String capture() {
            try {
                return tmux("capture-pane", "-p", "-e", "-t", "bench");
            } catch (Exception e) {
                return "";
            }
        }

        double catSeconds(Path file) throws Exception {
            tmux("send-keys", "-t", "bench", "clear", "Enter");
            await("a clear pane", () -> !capture().contains("\u001b[44m"));
            long start = System.nanoTime();
            tmux("send-keys", "-t", "bench", "cat " + file, "Enter");
            awaitOutput("the last line", () -> capture().contains("\u001b[44m"));
            return (System.nanoTime() - start) / 1e9;
        }

        double[] echoLatencies() throws Exception {
            tmux("send-keys", "-t", "bench", "clear", "Enter");
            await("the prompt alone", () -> capture().strip().equals("$"));
            double[] ms = new double[LATENCY_SAMPLES];
            for (int i = 0; i < LATENCY_SAMPLES; i++) {
                String expected = "$ " + "x".repeat(i + 1);
                long start = System.nanoTime();
                tmux("send-keys", "-t", "bench", "x");
                await("the echo", () -> capture().lines().findFirst().orElse("").strip().equals(expected));
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            tmux("send-keys", "-t", "bench", "C-u");
            return ms;
        }

        private String tmux(String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IOException(command + ": " + out);
            return out;
        }

        @Override public void close() throws Exception { tmux("kill-server"); }
    }
}
