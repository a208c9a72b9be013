package org.jenode.bench;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.timer.TimerSession;

/**
 * A Timer service that ticks only when the benchmark calls {@link #tick()}. Routed to fb_headless as
 * its display clock, it makes one screen refresh happen on demand instead of every 16.7 ms, so that a
 * benchmark measures the work of a frame rather than the wait for the next one.
 */
final class ManualTimer implements Component {

    static final String BINARY = "bench_timer";

    private final long startNanos = System.nanoTime();
    private volatile SignalHandler listener;

    ManualTimer(Env env) {
        env.announce(TimerSession.class, request -> new Session());
    }

    /** One tick to the last session that registered a handler; false while none has. */
    boolean tick() {
        SignalHandler h = listener;
        if (h == null) return false;
        h.submit();
        return true;
    }

    boolean listened() { return listener != null; }

    /** Triggers are accepted and ignored: ticks come from {@link #tick()} only. */
    private final class Session implements TimerSession {
        @Override public void triggerOnce(long microseconds) { }

        @Override public void triggerPeriodic(long microseconds) { }

        @Override public void sigh(SignalHandler handler) { listener = handler; }

        @Override public long elapsedMs() { return (System.nanoTime() - startNanos) / 1_000_000; }

        @Override public void close() { }
    }
}
