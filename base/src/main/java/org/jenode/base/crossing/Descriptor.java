package org.jenode.base.crossing;

import java.util.function.IntConsumer;

/**
 * One file descriptor that a frame from another process brought, owned by whoever took it from the
 * frame and closed once used: the only way to name a descriptor to {@code Dataspace.mapped}. The wire's
 * receiving side makes it ({@code runtime.wire.Descriptors}); a component can neither name nor make one
 * (this package is not exported), so it cannot map a memory file of its own JVM by guessing its number.
 */
public final class Descriptor implements AutoCloseable {

    private final int number;
    private final IntConsumer closer;
    private boolean closed;

    /** The descriptor {@code number} of this process, which {@code closer} closes: for the wire's receiving side. */
    public Descriptor(int number, IntConsumer closer) {
        this.number = number;
        this.closer = closer;
    }

    /** Its number in this process, valid until {@link #close}. */
    public int number() { return number; }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        closer.accept(number);
    }

    @Override public String toString() { return "Descriptor[" + number + "]"; }
}
