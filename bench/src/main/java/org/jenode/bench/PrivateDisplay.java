package org.jenode.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An Xvfb server on the first free display number, for measurements that need a screen but have none. */
final class PrivateDisplay implements AutoCloseable {

    private static final int FIRST = 80;
    private static final int LAST = 119;

    private final Process process;
    private final String name;

    private PrivateDisplay(Process process, String name) {
        this.process = process;
        this.name = name;
    }

    static PrivateDisplay start(int width, int height) throws IOException, InterruptedException {
        for (int n = FIRST; n <= LAST; n++) {
            // A socket or lock file means the number is taken (or was, by a server that died untidily).
            if (Files.exists(socket(n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && p.isAlive(); i++) {
                if (Files.exists(socket(n))) return new PrivateDisplay(p, ":" + n);
                Thread.sleep(100);
            }
            // Lost a race for this number, or Xvfb failed: try the next one.
            p.destroy();
        }
        throw new IOException("could not start Xvfb on any display :" + FIRST + " to :" + LAST);
    }

    private static Path socket(int n) { return Path.of("/tmp/.X11-unix/X" + n); }

    /** The DISPLAY value, e.g. {@code :80}. */
    String name() { return name; }

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
