package org.jenode.scenarios.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jenode.testing.x11.Tools;
import org.jenode.testing.x11.XServer;
import org.junit.jupiter.api.Assumptions;

/**
 * The desktop as a user meets it, for the end-to-end tests: {@code jenode run} of a copy of a shipped
 * scenario in its real fb_fx window on an Xvfb screen of its own, seen through screenshots and driven
 * with xdotool. Each test class starts one under a prefix of its own, which names its screenshots, its
 * scenario copy and its log in {@code target/e2e}, so that the classes never overwrite each other's.
 */
final class XDesktop implements AutoCloseable {

    static final Path OUT = Path.of("target", "e2e");

    private final String prefix;
    private final XServer xserver;
    private final DesktopProcess process;
    /** The desktop's host window, once it is up. */
    private String window;

    private XDesktop(String prefix, XServer xserver, DesktopProcess process) {
        this.prefix = prefix;
        this.xserver = xserver;
        this.process = process;
    }

    /**
     * A copy of the shipped scenario {@code shipped} under this class's prefix, to edit before the start.
     * Skips the test class unless Xvfb, xdotool and ImageMagick are installed (.ci/run installs them).
     */
    static ScenarioCopy scenario(String prefix, String shipped) throws IOException {
        Assumptions.assumeTrue(XServer.available(), "end-to-end tests need Xvfb (apt-get install xvfb; .ci/run does)");
        Assumptions.assumeTrue(Tools.onPath("xdotool"), "end-to-end tests need xdotool (apt-get install xdotool; .ci/run does)");
        Assumptions.assumeTrue(Tools.onPath("import"), "end-to-end tests need ImageMagick's import (apt-get install imagemagick; .ci/run does)");
        Files.createDirectories(OUT);
        try (Stream<Path> old = Files.list(OUT)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches(prefix + "\\d.*\\.png")).toList()) Files.delete(p);
        }
        return ScenarioCopy.of(Path.of(shipped), OUT.resolve(prefix + shipped));
    }

    /** Starts {@code scenario} on a 1920x1200 X screen of its own; the log goes to {@code <prefix>desktop.log}. */
    static XDesktop start(String prefix, ScenarioCopy scenario) throws IOException, InterruptedException {
        XServer xserver = XServer.start(1920, 1200);
        try {
            return new XDesktop(prefix, xserver, DesktopProcess.start(xserver.display(), scenario.file(), OUT.resolve(prefix + "desktop.log")));
        } catch (IOException | RuntimeException e) {
            xserver.close();
            throw e;
        }
    }

    DesktopProcess process() { return process; }

    Tools x() { return xserver.tools(); }

    /** The X display, for a client of its own (a close request as a window manager sends it). */
    String display() { return xserver.display(); }

    /** Waits for the one host window named Jenode and returns its id; the first test of a class calls it. */
    String awaitWindow(Duration timeout) {
        List<String> ids = process.await("a window named Jenode", timeout, () -> x().windows("^Jenode$"), l -> !l.isEmpty() || !process.alive());
        assertThat(ids).as(() -> process.describe("the windows named Jenode")).hasSize(1);
        window = ids.getFirst();
        return window;
    }

    /** Skips a later test when the first found no window: its failure says why, once. */
    void requireWindow() { Assumptions.assumeTrue(window != null, "the desktop window did not come up (see the first test)"); }

    /** The window as the X server shows it now, written to {@code <prefix><name>.png}. */
    Screenshot shoot(String name) throws IOException, InterruptedException {
        return new Screenshot(x().screenshot(window, OUT.resolve(prefix + name + ".png")));
    }

    /** Moves the pointer to {@code p}, in the window's pixels. */
    void move(Point p) throws IOException, InterruptedException {
        x().xdotool("mousemove", "--window", window, String.valueOf(p.x), String.valueOf(p.y));
    }

    /** The layouter's latest window layout in the log, below a status bar {@code bar} pixels high. */
    LoggedLayout layout(int bar) { return LoggedLayout.last(process.logLines(), 0, bar).orElseThrow(); }

    /** Waits until the logged layout satisfies {@code until}, and fails naming {@code what} if it never does. */
    LoggedLayout awaitLayout(int bar, Duration timeout, Predicate<LoggedLayout> until, String what) {
        LoggedLayout l = process.await("window_layout: " + what, timeout, () -> LoggedLayout.last(process.logLines(), 0, bar).orElse(null),
                x -> x != null && until.test(x));
        assertThat(l != null && until.test(l)).as(() -> process.describe("window_layout: " + what + "; last " + l)).isTrue();
        return l;
    }

    @Override public void close() {
        process.close();
        xserver.close();
    }
}
