package org.jenode.base.crossing;

import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * How the runtime's stand-in for a signal handler of another process sends its signals: {@link #now} on
 * the thread that submits, if that needs no waiting at all (a server's thread must never wait for a peer
 * that may have stopped reading), and otherwise {@link #later}, on the stand-in's entrypoint, which may
 * wait. Public for the runtime only: this package is not exported.
 */
public final class SignalRelay {

    private final IntPredicate now;
    private final IntConsumer later;

    /** {@code now} sends {@code count} coalesced submits without waiting and says whether it did; {@code later} sends them, waiting. */
    public SignalRelay(IntPredicate now, IntConsumer later) {
        this.now = Objects.requireNonNull(now);
        this.later = Objects.requireNonNull(later);
    }

    /** Sends {@code count} submits at once if that needs no waiting; false if it could not (nothing was sent). */
    public boolean now(int count) { return now.test(count); }

    /** Sends {@code count} submits, waiting as long as it takes: on the stand-in's entrypoint only. */
    public void later(int count) { later.accept(count); }
}
