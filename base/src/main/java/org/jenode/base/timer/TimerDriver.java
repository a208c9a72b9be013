package org.jenode.base.timer;

import org.jenode.base.Component;
import org.jenode.base.Env;

/**
 * {@code timer}: a Timer server as a child, the way Genode's configs start one
 * ({@code <start name="timer"> <provides> <service name="Timer"/> </provides> </start>}). Its clock
 * is a thread of its own, like a driver's device; see {@link TimerSession} for the shortest period.
 */
public final class TimerDriver implements Component {

    private final Timeouts timeouts;

    public TimerDriver(Env env) {
        this.timeouts = new Timeouts("clock " + env.label());
        env.announce(TimerSession.class, request -> timeouts.open());
    }

    @Override public void close() { timeouts.close(); }
}
