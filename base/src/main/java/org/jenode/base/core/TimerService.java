package org.jenode.base.core;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.SignalHandler;
import org.jenode.base.timer.TimerSession;

/** Core's timer: one scheduler thread for all sessions; timeouts arrive as signals. */
final class TimerService implements TimerSession {

    private final ScheduledExecutorService scheduler;
    private final long startNanos = System.nanoTime();
    private volatile SignalHandler sigh;
    private ScheduledFuture<?> pending;

    TimerService(ScheduledExecutorService scheduler) { this.scheduler = scheduler; }

    @Override public synchronized void triggerOnce(long microseconds) {
        cancel();
        pending = scheduler.schedule(this::fire, Math.max(0, microseconds), TimeUnit.MICROSECONDS);
    }

    @Override public synchronized void triggerPeriodic(long microseconds) {
        cancel();
        if (microseconds > 0) pending = scheduler.scheduleAtFixedRate(this::fire, microseconds, microseconds, TimeUnit.MICROSECONDS);
    }

    @Override public void sigh(SignalHandler handler) { this.sigh = handler; }

    @Override public long elapsedMs() { return (System.nanoTime() - startNanos) / 1_000_000; }

    private void fire() {
        SignalHandler h = sigh;
        if (h != null) h.submit();
    }

    private void cancel() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }

    @Override public synchronized void close() { cancel(); }
}
