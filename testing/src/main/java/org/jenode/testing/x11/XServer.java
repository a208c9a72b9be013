package org.jenode.testing.x11;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A private Xvfb display for one test class or one measurement. Close it at the end: it is a process of
 * its own. A test that finds {@code DISPLAY} unset uses {@link #available()} to decide between starting
 * one and skipping.
 */
public final class XServer implements AutoCloseable {

    /** Display numbers tried: clear of real desktops (:0 and up) and of {@code xvfb-run -a} (:99 and up). */
    private static final int FIRST = 70, LAST = 98;

    private final Process process;
    private final String display;

    private XServer(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    /** Whether Xvfb is installed. */
    public static boolean available() { return Tools.onPath("Xvfb"); }

    /** Starts Xvfb with one screen of {@code width x height} at 24 bits on the first free display number. */
    public static XServer start(int width, int height) throws IOException, InterruptedException {
        for (int n = FIRST; n <= LAST; n++) {
            // Other test runs on this machine may hold a number; Xvfb refuses a taken one anyway, this saves the try.
            if (Files.exists(socket(n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            // -noreset: Xvfb otherwise regenerates whenever its last client leaves (a screenshot, an xdotool
            // call), and a JVM connecting during that window fails for good ("Can't connect to X11 window server").
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp", "-noreset")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // The socket appears when the server accepts clients. Another test run may have started a server
            // on n at the same moment: the lock file, created atomically before the socket, names the winner.
            for (int i = 0; i < 100 && p.isAlive(); i++) {
                if (Files.exists(socket(n)) && owner(n) == p.pid()) return new XServer(p, ":" + n);
                Thread.sleep(100);
            }
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        throw new IOException("could not start Xvfb on any display :" + FIRST + " to :" + LAST);
    }

    private static Path socket(int n) { return Path.of("/tmp/.X11-unix/X" + n); }

    /** The process id in display n's lock file (the X server that holds n), or -1. */
    private static long owner(int n) {
        try {
            return Long.parseLong(Files.readString(Path.of("/tmp/.X" + n + "-lock")).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The display name, e.g. {@code :70}, for a client's {@code DISPLAY}. */
    public String display() { return display; }

    /** The X tools, bound to this display. */
    public Tools tools() { return new Tools(display); }

    /** Ends the process; an interrupt while waiting for it is passed on, not swallowed. */
    @Override public void close() {
        try {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
