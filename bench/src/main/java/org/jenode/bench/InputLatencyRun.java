package org.jenode.bench;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * {@code jenode bench input}: how long an event takes from the framebuffer driver's input path (an
 * Event session to fb_headless, the entry window drivers use too) through nitpicker to the focused
 * client's input handler, as median and high percentiles, with the client on threads and in a process of
 * its own, next to the baseline of waking a parked thread. The three alternate sample by sample, so that
 * all see the same load. Events come paced as a user's would (keys every {@value #KEY_PAUSE_US} us,
 * pointer motion every {@value #MOTION_PAUSE_US} us to each client, past nitpicker's motion-merge window),
 * so every entrypoint on the way has gone to sleep in between.
 *
 * <p>The sandboxed client's times are its JVM's {@code System.nanoTime()}, compared with this JVM's: on
 * Linux both are {@code clock_gettime(CLOCK_MONOTONIC)}, one clock for the whole machine. The run checks
 * it: every time the client reports must lie after the event's submission and before the benchmark heard
 * of it, and the tightest of these bounds is printed as the most the two clocks can differ.
 */
public final class InputLatencyRun {

    private static final int WARMUP_KEYS = 3000, KEYS = 4000, MOTIONS = 300;
    private static final long KEY_PAUSE_US = 1000, MOTION_PAUSE_US = 12_000;

    public int run(PrintStream out) throws Exception {
        Optional<LoadAverage> before = LoadAverage.now();
        Way keysThread = new Way(), keysProcess = new Way(), motionThread = new Way(), motionProcess = new Way();
        LatencySamples wake = new LatencySamples();
        try (LatencyDesk threads = new LatencyDesk("thread"); LatencyDesk process = new LatencyDesk("process");
             WakeUp baseline = new WakeUp()) {
            for (int i = 0; i < WARMUP_KEYS; i++) {
                threads.sample(key(i));
                process.sample(key(i));
                baseline.latencyNanos();
            }
            for (int i = 0; i < KEYS; i++) {
                keysThread.add(threads.sample(key(i)));
                pause(KEY_PAUSE_US);
                keysProcess.add(process.sample(key(i)));
                pause(KEY_PAUSE_US);
                wake.add(baseline.latencyNanos());
                pause(KEY_PAUSE_US);
            }
            for (int i = 0; i < MOTIONS; i++) {
                motionThread.add(threads.sample(motion(i)));
                pause(MOTION_PAUSE_US / 2);
                motionProcess.add(process.sample(motion(i)));
                pause(MOTION_PAUSE_US / 2);
            }
        }
        out.printf("%n%-52s %8s %10s %10s %10s%n", "driver -> the focused client's input handler", "samples", "median us", "p99 us", "p99.9 us");
        row(out, "key press/release, client in-process", keysThread.total);
        row(out, "key press/release, client sandboxed", keysProcess.total);
        row(out, "pointer motion, client in-process", motionThread.total);
        row(out, "pointer motion, client sandboxed", motionProcess.total);
        row(out, "baseline: wake a parked thread (unpark)", wake);
        out.printf("%nwhere a key's time goes: until its handler begins (driver, nitpicker, the signal) | the handler's read call%n");
        split(out, "in-process", keysThread);
        split(out, "sandboxed", keysProcess);
        out.printf("median / baseline median: in-process %.1f, sandboxed %.1f%n",
                keysThread.total.percentileMicros(50) / wake.percentileMicros(50), keysProcess.total.percentileMicros(50) / wake.percentileMicros(50));
        long lowest = Math.max(keysProcess.earliest, motionProcess.earliest), highest = Math.min(keysProcess.latest, motionProcess.latest);
        out.printf("clock: all %d sandboxed samples lie between their submission and their notice, so the child's%n"
                        + "System.nanoTime() differs from this JVM's by %.1f to +%.1f us at most (both CLOCK_MONOTONIC)%n",
                keysProcess.total.size() + motionProcess.total.size(), lowest / 1000.0, highest / 1000.0);
        out.println("Goal (issue 13.2): median < 100 us in-process, < 500 us sandboxed, p99 < 1 ms.");
        before.ifPresent(b -> out.println("load average (1, 5, 15 min) before: " + b + ", after: "
                + LoadAverage.now().map(LoadAverage::toString).orElse("?") + " on " + Runtime.getRuntime().availableProcessors() + " CPUs"));
        return 0;
    }

    private static void pause(long micros) { LockSupport.parkNanos(micros * 1000); }

    private static InputEvent key(int i) {
        return i % 2 == 0 ? new InputEvent.Press(Keycodes.KEY_A) : new InputEvent.Release(Keycodes.KEY_A);
    }

    /** Positions that differ from one sample to the next, inside the client's view. */
    private static InputEvent motion(int i) {
        return new InputEvent.AbsoluteMotion(100 + i % 200, 100 + (i * 7) % 200);
    }

    private static void row(PrintStream out, String path, LatencySamples s) {
        out.printf("%-52s %8d %10.1f %10.1f %10.1f%n", path, s.size(), s.percentileMicros(50), s.percentileMicros(99), s.percentileMicros(99.9));
    }

    private static void split(PrintStream out, String client, Way way) {
        out.printf("  %-10s median %7.1f | %7.1f us, p99 %8.1f | %8.1f us%n", client, way.toHandler.percentileMicros(50),
                way.read.percentileMicros(50), way.toHandler.percentileMicros(99), way.read.percentileMicros(99));
    }

    /**
     * The samples of one kind of event to one client: the whole way and its two parts, and the bounds the
     * samples put on the difference of the client's clock from this JVM's.
     */
    private static final class Way {
        final LatencySamples total = new LatencySamples(), toHandler = new LatencySamples(), read = new LatencySamples();
        /** The client's clock is at least this far (negative) and at most {@link #latest} ahead of this JVM's. */
        long earliest = Long.MIN_VALUE, latest = Long.MAX_VALUE;

        void add(LatencyDesk.Sample s) {
            if (!s.ordered()) throw new IllegalStateException("the client's clock is not this JVM's: " + s);
            total.add(s.latency());
            toHandler.add(s.toHandler());
            read.add(s.read());
            earliest = Math.max(earliest, s.submittedNanos() - s.handlerNanos());
            latest = Math.min(latest, s.noticedNanos() - s.drainedNanos());
        }
    }

    /** The baseline: a thread parked until the benchmark unparks it, which notes when it ran. */
    private static final class WakeUp implements AutoCloseable {
        private volatile boolean woken, closed;
        private volatile long ranAt;
        private final Thread sleeper = Thread.ofPlatform().daemon().name("wake-up baseline").start(this::sleep);

        long latencyNanos() throws TimeoutException {
            ranAt = 0;
            long start = System.nanoTime();
            woken = true;
            LockSupport.unpark(sleeper);
            long deadline = start + 5_000_000_000L;
            while (ranAt == 0) {
                if (System.nanoTime() > deadline) throw new TimeoutException("the wake-up baseline thread never ran");
                Thread.onSpinWait();
            }
            return ranAt - start;
        }

        private void sleep() {
            while (!closed) {
                LockSupport.park(this);
                if (woken) {
                    woken = false;
                    ranAt = System.nanoTime();
                }
            }
        }

        @Override public void close() {
            closed = true;
            LockSupport.unpark(sleeper);
        }
    }
}
