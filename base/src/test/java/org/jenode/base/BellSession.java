package org.jenode.base;

/** A test service whose server rings every handler its clients gave it, from its own entrypoint. */
@ServiceName(value = "Bell", ramQuota = 4096)
public interface BellSession extends Session {

    /** Rings {@code handler} from now on. */
    void sigh(SignalHandler handler);

    /** Submits every handler given so far {@code times} times, here on the server's entrypoint; returns the longest submit in nanoseconds. */
    long ring(int times);
}
