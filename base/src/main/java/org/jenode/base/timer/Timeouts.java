package org.jenode.base.timer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.SignalHandler;

/**
 * The clock of a timer server (core's, or the {@code timer} component's): one thread that fires every
 * session's timeouts as signals. A session is used on its server's entrypoint; only the firing runs on
 * the clock's thread, and it does no more than submit the client's signal, which coalesces.
 */
public final class Timeouts implements AutoCloseable {

    private final ScheduledExecutorService clock;

    public Timeouts(String threadName) {
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** A new session on this clock. */
    public TimerSession open() { return new Timeout(); }

    @Override public void close() { clock.shutdownNow(); }

    private final class Timeout implements TimerSession {

        private final long startNanos = System.nanoTime();
        /** Read by the clock's thread when it fires; none until the client registers one. */
        private volatile SignalHandler sigh = SignalHandler.NONE;
        private ScheduledFuture<?> pending;

        @Override public void triggerOnce(long microseconds) {
            cancel();
            pending = clock.schedule(this::fire, bounded(microseconds), TimeUnit.MICROSECONDS);
        }

        @Override public void triggerPeriodic(long microseconds) {
            cancel();
            if (microseconds == 0) return;
            long period = bounded(microseconds);
            pending = clock.scheduleAtFixedRate(this::fire, period, period, TimeUnit.MICROSECONDS);
        }

        private static long bounded(long microseconds) {
            if (microseconds < 0) throw new InvalidRequestException("negative timeout " + microseconds + " us");
            return Math.max(MIN_PERIOD_US, microseconds);
        }

        @Override public void sigh(SignalHandler handler) { this.sigh = handler; }

        @Override public long elapsedMs() { return (System.nanoTime() - startNanos) / 1_000_000; }

        private void fire() { sigh.submit(); }

        private void cancel() {
            if (pending != null) pending.cancel(false);
            pending = null;
        }

        @Override public void close() { cancel(); }
    }
}
