package org.jenode.input;

import org.jenode.base.Dataspace;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;

/**
 * The server side of one Input session: a bounded queue whose events are flushed into the event
 * dataspace, which is paid from the session's donation. When the queue is full, new events are
 * dropped (Genode nitpicker: 200 per client), never the server's memory grown. Clients read it with
 * an {@link InputReader}.
 */
public final class InputQueue implements InputSession {

    public static final int DEFAULT_CAPACITY = 512;

    private final Dataspace buffer;
    private final InputEvent[] ring;
    private int head, size;
    private volatile SignalHandler sigh;

    public InputQueue(RamAccount quota, int capacity) {
        this.buffer = quota.allocate(capacity * EventCodec.BYTES_PER_EVENT);
        this.ring = new InputEvent[capacity];
    }

    /** Queues an event and signals the client; drops it when the queue is full. Returns false if dropped. */
    public synchronized boolean add(InputEvent e) {
        if (size == ring.length) return false;
        ring[(head + size++) % ring.length] = e;
        SignalHandler h = sigh;
        if (h != null) h.submit();
        return true;
    }

    @Override public Dataspace dataspace() { return buffer.readOnly(); }

    @Override public synchronized boolean pending() { return size > 0; }

    @Override public synchronized int flush() {
        int n = size;
        var ints = buffer.ints();
        for (int i = 0; i < n; i++) {
            EventCodec.write(ints, i, ring[head]);
            ring[head] = null;
            head = (head + 1) % ring.length;
        }
        size = 0;
        return n;
    }

    @Override public void sigh(SignalHandler handler) {
        this.sigh = handler;
        if (pending()) handler.submit();
    }

    @Override public void close() { buffer.free(); }
}
