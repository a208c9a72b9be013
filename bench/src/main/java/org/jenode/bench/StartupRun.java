package org.jenode.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One start of a program in a child JVM: the time from starting the process to the first-frame marker
 * on its output; the time until the screen is complete, that is, the last screen sample (every
 * {@value #SAMPLE_MS} ms for {@value #WATCH_MS} ms after the marker) that differs from the one before
 * by more than a small box (see {@link ScreenWatch}); and its resident memory {@value #MEMORY_AT_MS} ms
 * after the first frame. The child is stopped afterwards.
 */
final class StartupRun {

    /** What both the desktop (fb_fx's log) and {@link BareFxWindow} print in the pulse that first renders. */
    static final String MARKER = "first frame";

    private static final long TIMEOUT_S = 60;
    /** How long the screen is watched after the first frame; a desktop that still changes at the end is flagged. */
    private static final long WATCH_MS = 4000;
    private static final long QUIET_MS = 1000;
    /** Sampling from the marker on, not before: screen captures cost CPU that the starting JVM needs. */
    private static final long FIRST_SAMPLE_MS = 50;
    private static final long SAMPLE_MS = 100;
    private static final long MEMORY_AT_MS = 2000;

    /**
     * Times from process start, memory in kB; {@code quiet} is false if the screen still changed in the
     * last {@value #QUIET_MS} ms of the watch (then {@code completeMs} is only a lower bound).
     */
    record Figures(double firstFrameMs, double completeMs, long rssKb, long hwmKb, int smallChanges, boolean quiet) { }

    private StartupRun() { }

    static Figures measure(List<String> command, String display, ScreenWatch watch) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        CompletableFuture<Long> marker = new CompletableFuture<>();
        Deque<String> tail = new ArrayDeque<>();
        // The screen without the program: its appearance is a change like any other.
        List<ScreenWatch.Sample> samples = new ArrayList<>(List.of(watch.sample()));
        long start = System.nanoTime();
        Process process = builder.start();
        Thread reader = new Thread(() -> read(process, marker, tail), "startup output");
        reader.setDaemon(true);
        reader.start();
        try {
            long first;
            try {
                first = marker.get(TIMEOUT_S, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("no '" + MARKER + "' within " + TIMEOUT_S + " s from " + command + "; last output: " + lines(tail));
            }
            long[] memory = null;
            for (long next = first + ms(FIRST_SAMPLE_MS); next < first + ms(WATCH_MS); next += ms(SAMPLE_MS)) {
                sleepUntil(next);
                if (!process.isAlive()) throw new IllegalStateException(command + " ended early; last output: " + lines(tail));
                samples.add(watch.sample());
                if (memory == null && System.nanoTime() >= first + ms(MEMORY_AT_MS)) memory = memory(process.pid());
            }
            ScreenWatch.Settled settled = watch.settled(samples);
            if (settled.nanos() == 0) throw new IllegalStateException("the screen never changed: is " + command + " on DISPLAY " + display + "?");
            boolean quiet = samples.get(samples.size() - 1).nanos() - settled.nanos() > ms(QUIET_MS);
            return new Figures(millis(first - start), millis(settled.nanos() - start), memory[0], memory[1],
                    settled.smallChanges(), quiet);
        } finally {
            stop(process);
        }
    }

    private static void read(Process process, CompletableFuture<Long> marker, Deque<String> tail) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.contains(MARKER)) marker.complete(System.nanoTime());
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 20) tail.removeFirst();
                }
            }
        } catch (IOException e) {
            // The child was stopped while we read: its output ends here.
        }
    }

    /** VmRSS and VmHWM of {@code pid} in kB. */
    private static long[] memory(long pid) throws IOException {
        long[] kb = new long[2];
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) kb[0] = kilobytes(line);
            if (line.startsWith("VmHWM:")) kb[1] = kilobytes(line);
        }
        return kb;
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) TimeUnit.NANOSECONDS.sleep(left);
    }

    private static String lines(Deque<String> tail) {
        synchronized (tail) {
            return String.join(" | ", tail);
        }
    }

    private static long ms(long millis) { return TimeUnit.MILLISECONDS.toNanos(millis); }

    private static double millis(long nanos) { return nanos / 1e6; }
}
