package org.jenode.base.timer;

import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;

/** Timeouts as signals. A new trigger replaces the previous one. */
@ServiceName(value = "Timer", ramQuota = 8 * 1024)
public interface TimerSession extends Session {

    /** Signals once, after {@code microseconds}. */
    void triggerOnce(long microseconds);

    /** Signals every {@code microseconds}; 0 stops. */
    void triggerPeriodic(long microseconds);

    void sigh(SignalHandler handler);

    /** Milliseconds since the session was opened. */
    long elapsedMs();
}
