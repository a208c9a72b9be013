package org.jenode.input;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;

/**
 * A stream of input events. The server signals new events; the client calls {@link #flush()}, which
 * copies queued events into {@link #dataspace()} and returns their count, then decodes them with
 * {@link EventCodec}; an {@link InputReader} does both, in one call per drain.
 */
@ServiceName(value = "Input", ramQuota = 16 * 1024)
public interface InputSession extends Session {

    Dataspace dataspace();

    boolean pending();

    int flush();

    void sigh(SignalHandler handler);
}
