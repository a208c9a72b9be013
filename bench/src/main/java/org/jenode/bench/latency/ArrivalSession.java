package org.jenode.bench.latency;

import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.input.InputEvent;

/**
 * How the input-latency benchmark's client tells the benchmark when an event reached it, from a process
 * of its own as on threads. The times are the client's {@code System.nanoTime()}, which on Linux is
 * {@code CLOCK_MONOTONIC}, one clock for every process of the machine; the call comes after both were
 * taken, so it is not part of what they measure.
 */
@ServiceName(value = "Arrival", ramQuota = 4096)
public interface ArrivalSession extends Session {

    /**
     * {@code event} reached the client: its input handler began at {@code handlerNanos}, before it read
     * the batch, and had the event at {@code drainedNanos}, when the read call returned.
     */
    void arrived(InputEvent event, long handlerNanos, long drainedNanos);
}
