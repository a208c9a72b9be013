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
 * client's input handler, as median and high percentiles. Each sample alternates with one of the
 * baseline, the time to wake a parked thread, so that both see the same load. Events come paced as a
 * user's would (keys every {@value #KEY_PAUSE_US} us, pointer motion every {@value #MOTION_PAUSE_US} us,
 * past nitpicker's motion-merge window), so every entrypoint on the way has gone to sleep in between.
 */
public final class InputLatencyRun {

    private static final int WARMUP_KEYS = 3000, KEYS = 4000, MOTIONS = 300;
    private static final long KEY_PAUSE_US = 1000, MOTION_PAUSE_US = 12_000;

    public int run(PrintStream out) throws Exception {
        Optional<LoadAverage> before = LoadAverage.now();
        LatencySamples keys = new LatencySamples(), motion = new LatencySamples(), wakeKeys = new LatencySamples();
        try (LatencyDesk desk = new LatencyDesk(); WakeUp wake = new WakeUp()) {
            for (int i = 0; i < WARMUP_KEYS; i++) {
                desk.latencyNanos(key(i));
                wake.latencyNanos();
            }
            for (int i = 0; i < KEYS; i++) {
                keys.add(desk.latencyNanos(key(i)));
                LockSupport.parkNanos(KEY_PAUSE_US * 1000);
                wakeKeys.add(wake.latencyNanos());
                LockSupport.parkNanos(KEY_PAUSE_US * 1000);
            }
            for (int i = 0; i < MOTIONS; i++) {
                motion.add(desk.latencyNanos(motion(i)));
                LockSupport.parkNanos(MOTION_PAUSE_US * 1000);
            }
        }
        out.printf("%n%-44s %8s %10s %10s %10s%n", "path (in-process)", "samples", "median us", "p99 us", "p99.9 us");
        row(out, "key press/release: driver -> client handler", keys);
        row(out, "pointer motion: driver -> client handler", motion);
        row(out, "baseline: wake a parked thread (unpark)", wakeKeys);
        out.printf("median / baseline median = %.1f%n", keys.percentileMicros(50) / wakeKeys.percentileMicros(50));
        out.println("Goal (issue 13.2): median < 100 us in-process, < 500 us sandboxed, p99 < 1 ms.");
        before.ifPresent(b -> out.println("load average (1, 5, 15 min) before: " + b + ", after: "
                + LoadAverage.now().map(LoadAverage::toString).orElse("?") + " on " + Runtime.getRuntime().availableProcessors() + " CPUs"));
        return 0;
    }

    private static InputEvent key(int i) {
        return i % 2 == 0 ? new InputEvent.Press(Keycodes.KEY_A) : new InputEvent.Release(Keycodes.KEY_A);
    }

    /** Positions that differ from one sample to the next, inside the client's view. */
    private static InputEvent motion(int i) {
        return new InputEvent.AbsoluteMotion(100 + i % 200, 100 + (i * 7) % 200);
    }

    private static void row(PrintStream out, String path, LatencySamples s) {
        out.printf("%-44s %8d %10.1f %10.1f %10.1f%n", path, s.size(), s.percentileMicros(50), s.percentileMicros(99), s.percentileMicros(99.9));
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
