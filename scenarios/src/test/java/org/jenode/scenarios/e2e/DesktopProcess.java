package org.jenode.scenarios.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * {@code jenode run SCENARIO} in a JVM of its own on an X display, as a user starts it: a window of its
 * own, a process exit code of its own. Its stdout and stderr go to a log file that failure messages quote.
 */
final class DesktopProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private DesktopProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the scenario file on {@code display} with the class path of this test JVM (which holds every module). */
    static DesktopProcess start(String display, Path scenario, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dprism.order=sw", "org.jenode.scenarios.Jenode", "run", scenario.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display);
        // GTK would try a Wayland compositor first where the test runs inside a Wayland session.
        pb.environment().remove("WAYLAND_DISPLAY");
        return new DesktopProcess(pb.start(), log);
    }

    boolean alive() { return process.isAlive(); }

    /** The exit code, once the process ended within {@code timeout}. */
    OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code what}, followed by the last lines of the desktop's log: the message of a failed assertion. */
    String describe(String what) {
        List<String> lines = logLines();
        List<String> tail = lines.subList(Math.max(0, lines.size() - 40), lines.size());
        return what + "\n--- last lines of " + log + " (" + (alive() ? "running" : "exited") + ") ---\n"
                + String.join("\n", tail) + "\n---";
    }

    /** Ends the process; an interrupt while waiting for it is passed on, not swallowed. */
    @Override public void close() {
        try {
            if (!process.isAlive()) return;
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
