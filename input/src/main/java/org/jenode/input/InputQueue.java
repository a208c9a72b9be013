package org.jenode.input;

import java.lang.invoke.VarHandle;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.IntBuffer;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;

/**
 * The server side of one Input session: a ring of {@code capacity} events in the event dataspace, which
 * is paid from the session's donation. An event is written into its slot when it comes and the client is
 * signalled at once, so that the client reads it without a call; when the client has not yet said it
 * consumed {@code capacity} events, new ones are dropped (Genode nitpicker: 200 per client), never the
 * server's memory grown. Clients read it with an {@link InputReader}.
 */
public final class InputQueue implements InputSession {

    public static final int DEFAULT_CAPACITY = 512;

    /** The header's positions, read and published in acquire and release order: the reader is another thread or process. */
    static final VarHandle POSITION = ValueLayout.JAVA_INT.varHandle();

    private final Dataspace buffer;
    private final MemorySegment header;
    private final IntBuffer slots;
    private final int capacity;
    /** Positions in the ring, counted modulo twice its capacity (so that full and empty differ). */
    private int written, consumed;
    private boolean closed;
    private volatile SignalHandler sigh;

    public InputQueue(RamAccount quota, int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException("an input queue of " + capacity + " events");
        this.capacity = capacity;
        this.buffer = quota.allocate(bytes(capacity));
        this.header = buffer.segment();
        this.slots = buffer.ints().position(HEADER_INTS).slice();
    }

    /** What a queue of {@code capacity} events takes of its session's donation: its header and slots. */
    public static int bytes(int capacity) { return (HEADER_INTS + capacity * EventCodec.INTS_PER_EVENT) * Integer.BYTES; }

    /** Queues an event and signals the client; drops it when the ring is full or closed. Returns false if dropped. */
    public synchronized boolean add(InputEvent e) {
        if (closed || Math.floorMod(written - consumed, 2 * capacity) == capacity) return false;
        EventCodec.write(slots, written % capacity, e);
        written = (written + 1) % (2 * capacity);
        POSITION.setRelease(header, (long) WRITTEN * Integer.BYTES, written);
        SignalHandler h = sigh;
        if (h != null) h.submit();
        return true;
    }

    @Override public Dataspace dataspace() { return buffer.readOnly(); }

    @Override public synchronized boolean pending() { return written != consumed; }

    @Override public synchronized void consumed(int position) {
        int span = 2 * capacity;
        if (position < 0 || position >= span || Math.floorMod(position - consumed, span) > Math.floorMod(written - consumed, span))
            throw new InvalidRequestException("consumed up to " + position + " where " + consumed + " to " + written + " are unread (ring of " + span + " positions)");
        consumed = position;
        if (!closed) POSITION.setRelease(header, (long) CONSUMED * Integer.BYTES, consumed);
    }

    @Override public void sigh(SignalHandler handler) {
        this.sigh = handler;
        if (pending()) handler.submit();
    }

    @Override public synchronized void close() {
        closed = true;
        buffer.free();
    }
}
