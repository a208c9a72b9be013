package org.jenode.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A hand-off through two volatile slots and {@link LockSupport}: each side spins up to {@code spinNanos}
 * for the other's answer, then parks until unparked (a parker raises its flag before its last look, the
 * other side publishes before it reads the flag, so no wake-up is lost). Spin 0 is plain park/unpark; the
 * server thread may be virtual.
 */
final class ParkingHandOff implements HandOff {

    private final long spinNanos;
    private final Thread server;
    private volatile Thread caller;
    private volatile boolean requested, replied, closed;
    private volatile boolean serverParked, callerParked;
    private volatile long request, reply;

    /** A hand-off for one calling thread at a time. */
    ParkingHandOff(long spinNanos, Thread.Builder server) {
        this.spinNanos = spinNanos;
        this.server = server.name("handoff server").start(this::serve);
    }

    @Override public long roundTrip(long value) {
        caller = Thread.currentThread();
        request = value;
        requested = true;
        if (serverParked) LockSupport.unpark(server);
        await(() -> replied, true);
        replied = false;
        return reply;
    }

    private void serve() {
        while (true) {
            await(() -> requested || closed, false);
            if (closed) return;
            requested = false;
            reply = request + 1;
            replied = true;
            if (callerParked) LockSupport.unpark(caller);
        }
    }

    private void await(BooleanSupplier ready, boolean isCaller) {
        if (ready.getAsBoolean()) return;
        long deadline = System.nanoTime() + spinNanos;
        while (System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
            if (ready.getAsBoolean()) return;
        }
        setParked(isCaller, true);
        while (!ready.getAsBoolean()) LockSupport.park(this);
        setParked(isCaller, false);
    }

    private void setParked(boolean isCaller, boolean parked) {
        if (isCaller) callerParked = parked;
        else serverParked = parked;
    }

    @Override public void close() {
        closed = true;
        LockSupport.unpark(server);
    }
}
