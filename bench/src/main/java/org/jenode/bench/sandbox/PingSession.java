package org.jenode.bench.sandbox;

import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;

/** The cheapest session there is: a call that answers its argument, and a call that signals back. */
@ServiceName(value = "Ping", ramQuota = 4096)
public interface PingSession extends Session {

    long echo(long value);

    void sigh(SignalHandler handler);

    /** Submits the handler registered with {@link #sigh}. */
    void ping();
}
