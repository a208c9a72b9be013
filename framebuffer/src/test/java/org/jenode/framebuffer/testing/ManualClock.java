package org.jenode.framebuffer.testing;

import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.SignalHandler;
import org.jenode.base.timer.TimerSession;

/**
 * A Timer service that ticks only when the test says so. Routed to fb_headless as its display clock, it
 * makes each sync a step the test takes, so that "nothing is drawn before the display's sync" can be
 * shown without waiting for something not to happen.
 */
final class ManualClock {

    static final String BINARY = "sync_clock";

    private final long startNanos = System.nanoTime();
    private volatile SignalHandler listener = SignalHandler.NONE;

    Binary binary() {
        return new Binary(BINARY, env -> {
            env.announce(TimerSession.class, request -> new Session());
            return new Component() { };
        });
    }

    /** Whether a session registered for the ticks (fb does while a client listens to its sync). */
    boolean listened() { return listener.valid(); }

    void tick() { listener.submit(); }

    /** Triggers are accepted and ignored: ticks come from {@link #tick()} only. */
    private final class Session implements TimerSession {
        @Override public void triggerOnce(long microseconds) { }

        @Override public void triggerPeriodic(long microseconds) { }

        @Override public void sigh(SignalHandler handler) { listener = handler; }

        @Override public long elapsedMs() { return (System.nanoTime() - startNanos) / 1_000_000; }

        @Override public void close() { listener = SignalHandler.NONE; }
    }
}
