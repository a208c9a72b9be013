package org.jenode.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * {@code jenode bench launcher}: the time from a click on a launcher entry to the subsystem's first
 * pixel on the screen, for an entry in a process of its own and one on threads of this JVM, alternating
 * in one run, and the resident memory of each sandboxed subsystem's process. The screen is fb_headless;
 * the click is injected at the driver and the pixel read back from it (Capture), as a user's eye would
 * see it. Between trials the entries are removed from the launcher's config (which stops their
 * subsystems) and put back.
 */
final class LauncherRun {

    private static final int WIDTH = 640, HEIGHT = 400;
    private static final int MENU_X = 10, MENU_Y = 10;
    /** The menu's button colours (menu_view's style): plain, hovered, selected, both. */
    private static final List<Integer> BUTTONS = List.of(0x27303c, 0x36465a, 0x244f7d, 0x31679f);
    private static final List<Integer> HOVERED = List.of(0x36465a, 0x31679f);
    /** hello's background, and where each entry's window shows it. */
    private static final int HELLO = 0x2a4d69;
    private static final int[][] SPOT = {{300 + 230, 40 + 70}, {300 + 230, 200 + 70}};
    private static final String[] KIND = {"process", "thread"};
    private static final long TIMEOUT_NS = TimeUnit.SECONDS.toNanos(60);
    private static final int TRIALS = 6;

    private final CompletableFuture<Eye> eye = new CompletableFuture<>();

    /** The bench's eye and hand: the driver's Capture and Event sessions. */
    private record Eye(CaptureSession capture, EventSession events) implements Component { }

    int run(PrintStream out) throws Exception {
        out.println("load before: " + load());
        Binaries binaries = Binaries.discover().with(new Binary("eye", env -> {
            Eye e = new Eye(env.session(CaptureSession.class, "screen"), env.session(EventSession.class, "device"));
            eye.complete(e);
            return e;
        }));
        List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>());
        List<Double> rss = new ArrayList<>();
        try (Core core = new Core(Scenario.parse(scenario(), "launcher bench", Path.of(".")), binaries).start()) {
            core.rom("launcher.config").set(config(true));
            Eye e = eye.get(60, TimeUnit.SECONDS);
            for (int trial = 0; trial < TRIALS; trial++) {
                for (int k = 0; k < 2; k++) {
                    int kind = (trial + k) % 2;
                    List<Rect> rows = await("two entries in the menu", () -> rows(e).size() >= 2) ? rows(e) : List.of();
                    Rect row = rows.get(kind);
                    hover(e, row);
                    long clicked = System.nanoTime();
                    e.events().submit(List.of(new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT)));
                    int[] spot = SPOT[kind];
                    await(KIND[kind] + " subsystem's first pixel", () -> rgb(e, spot[0], spot[1]) == HELLO);
                    if (trial > 0) millis.get(kind).add((System.nanoTime() - clicked) / 1e6); // the first of each warms up
                    if (kind == 0) rss.add(sandboxedRss() / 1024.0);
                    core.rom("launcher.config").set(config(false));
                    await(KIND[kind] + " subsystem gone", () -> rgb(e, spot[0], spot[1]) != HELLO);
                    core.rom("launcher.config").set(config(true));
                }
            }
        }
        out.printf("%n%-44s %9s %9s %9s %6s%n", "click to first pixel (hello, 240x80)", "median", "min", "max", "n");
        for (int k = 0; k < 2; k++) {
            double[] v = sorted(millis.get(k));
            out.printf("%-44s %7.1f ms %6.1f ms %6.1f ms %6d%n", "  " + KIND[k], v[v.length / 2], v[0], v[v.length - 1], v.length);
        }
        double[] p = sorted(millis.get(0)), t = sorted(millis.get(1));
        out.printf("%-44s %8.1fx (min %.1fx, max %.1fx)%n", "  process / thread, medians", p[p.length / 2] / t[t.length / 2],
                p[0] / t[t.length - 1], p[p.length - 1] / t[0]);
        double[] r = sorted(rss);
        out.printf("%-44s %7.1f MB (min %.1f, max %.1f, n %d)%n", "resident memory per sandboxed subsystem", r[r.length / 2], r[0],
                r[r.length - 1], r.length);
        out.println("load after: " + load());
        return 0;
    }

    /** The entries (and context rows) top to bottom, found by the buttons' colours down the menu's left edge. */
    private static List<Rect> rows(Eye e) {
        int[] column = e.capture().pixels(new Rect(MENU_X + 10, MENU_Y, 1, HEIGHT - MENU_Y));
        List<Rect> rows = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= column.length; i++) {
            boolean button = i < column.length && BUTTONS.contains(column[i] & 0xffffff);
            if (button && start < 0) start = i;
            if (!button && start >= 0) {
                if (i - start >= 8) rows.add(new Rect(MENU_X + 7, MENU_Y + start, 200, i - start));
                start = -1;
            }
        }
        return rows;
    }

    /** Moves the pointer onto {@code row} until the menu shows it hovered (so the launcher knows). */
    private static void hover(Eye e, Rect row) throws InterruptedException {
        int[] wiggle = {0};
        await("the entry hovered", () -> {
            e.events().submit(List.of(new InputEvent.AbsoluteMotion(row.x() + 20 + wiggle[0]++ % 2, row.y() + row.height() / 2)));
            return HOVERED.contains(rgb(e, row.x() + 3, row.y() + 2));
        });
    }

    private static int rgb(Eye e, int x, int y) { return e.capture().pixels(new Rect(x, y, 1, 1))[0] & 0xffffff; }

    /** Polls {@code condition} every 0.2 ms (a CPU of two is the bench's; the rest runs the desktop). */
    private static boolean await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("no " + what + " within 60 s");
            TimeUnit.MICROSECONDS.sleep(200);
        }
        return true;
    }

    /** VmRSS of the sandboxed subsystem's process, in KiB. */
    private static long sandboxedRss() throws IOException {
        ProcessHandle child = ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> Arrays.stream(a).anyMatch(s -> s.startsWith("-Djenode.child=") && s.endsWith("sandboxed")))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no process of the sandboxed subsystem"));
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(child.pid()), "status")))
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        throw new IllegalStateException("no VmRSS for " + child.pid());
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double[] sorted(List<Double> values) { return values.stream().mapToDouble(Double::doubleValue).sorted().toArray(); }

    private static String config(boolean entries) {
        String subsystems = !entries ? "" : """
            <subsystem name="sandboxed" title="Sandboxed" isolation="process">
              <resource name="RAM" quantum="4M"/> <binary name="hello"/> <config xpos="300" ypos="40"/>
            </subsystem>
            <subsystem name="threaded" title="In-process" isolation="thread">
              <resource name="RAM" quantum="4M"/> <binary name="hello"/> <config xpos="300" ypos="200"/>
            </subsystem>
            """;
        return "<config xpos=\"" + MENU_X + "\" ypos=\"" + MENU_Y + "\">" + subsystems + "</config>";
    }

    private static String scenario() {
        return """
            <scenario ram="512M">
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                <start name="fb">
                  <binary name="fb_headless"/>
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                  <config width="%d" height="%d"/>
                </start>
                <start name="nitpicker">
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#000000"/> </config>
                </start>
                <start name="loader">
                  <resource name="RAM" quantum="64M"/>
                  <provides> <service name="Loader"/> </provides>
                </start>
                <start name="launcher">
                  <resource name="RAM" quantum="32M"/>
                  <configfile name="launcher.config"/>
                </start>
                <start name="eye"> <resource name="RAM" quantum="1M"/> </start>
              </config>
            </scenario>
            """.formatted(WIDTH, HEIGHT);
    }
}
