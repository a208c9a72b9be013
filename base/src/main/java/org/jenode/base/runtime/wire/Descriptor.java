package org.jenode.base.runtime.wire;

/** One file descriptor a frame brought, owned by whoever took it from the frame: closed once used. */
public final class Descriptor implements AutoCloseable {

    private final int number;
    private boolean closed;

    Descriptor(int number) { this.number = number; }

    /** Its number in this process, valid until {@link #close}. */
    public int number() { return number; }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        UnixSocket.closeDescriptor(number);
    }

    @Override public String toString() { return "Descriptor[" + number + "]"; }
}
