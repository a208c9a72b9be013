package org.jenode.scenarios.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A private Xvfb display for one test class. */
final class XServer implements AutoCloseable {

    private final Process process;
    private final String display;

    private XServer(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    static boolean available() {
        return Tools.onPath("Xvfb") && Tools.onPath("xdotool") && Tools.onPath("import");
    }

    static XServer start(int width, int height) throws IOException, InterruptedException {
        for (int n = 70; n < 100; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && p.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return new XServer(p, ":" + n);
                Thread.sleep(100);
            }
            p.destroy();
        }
        throw new IOException("could not start Xvfb on any display :70 to :99");
    }

    String display() { return display; }

    @Override public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
