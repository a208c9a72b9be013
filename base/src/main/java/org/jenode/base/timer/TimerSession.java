package org.jenode.base.timer;

import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;

/**
 * Timeouts as signals. A new trigger replaces the previous one. A timeout or period shorter than
 * {@link #MIN_PERIOD_US} is raised to it: one client asking for a microsecond cannot keep the timer's
 * thread from serving the others.
 */
@ServiceName(value = "Timer", ramQuota = 8 * 1024)
public interface TimerSession extends Session {

    /** The shortest timeout and period a timer gives, in microseconds (1 ms). */
    long MIN_PERIOD_US = 1000;

    /** Signals once, after {@code microseconds} (at least {@link #MIN_PERIOD_US}); negative is refused. */
    void triggerOnce(long microseconds);

    /** Signals every {@code microseconds} (at least {@link #MIN_PERIOD_US}); 0 stops; negative is refused. */
    void triggerPeriodic(long microseconds);

    void sigh(SignalHandler handler);

    /** Milliseconds since the session was opened. */
    long elapsedMs();
}
