package org.jenode.input;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jenode.base.Dataspace;

/**
 * The client side of an Input session: reads the events its server wrote into the ring of the session's
 * dataspace without a call, and tells the server in one call per drain that their slots are free again
 * ({@link InputSession#consumed}). {@link #drain(Consumer)} makes that call after the events were handled,
 * so that no round trip to the server lies between an event and its handler; on the input path an event
 * crosses one drain per hop (driver to nitpicker, nitpicker to the wm, the wm to its client), and a call
 * is a round trip to the server's entrypoint, across the wire for a client in a process of its own. A
 * client makes its reader once, with the session, and drains through it on every signal.
 */
public final class InputReader {

    private final InputSession session;
    private final Dataspace events;
    private final int capacity;
    /** The position (modulo twice the capacity) where the next drain begins. */
    private int read;

    public InputReader(InputSession session) {
        this.session = session;
        this.events = session.dataspace();
        // a dataspace too small for a ring holds nothing to read
        this.capacity = Math.max(0, (events.size() / Integer.BYTES - InputSession.HEADER_INTS) / EventCodec.INTS_PER_EVENT);
        // a session may have had a reader before (the wm's layouter input outlives its layouters); a
        // position off the ring is the server's error, and reading starts at the ring's beginning then
        int consumed = capacity == 0 ? 0 : position(InputSession.CONSUMED);
        this.read = consumed >= 0 && consumed < 2 * capacity ? consumed : 0;
    }

    /** Hands every event written since the last drain to {@code handler}, oldest first, then frees their slots. */
    public void drain(Consumer<InputEvent> handler) {
        List<InputEvent> batch = read();
        batch.forEach(handler);
        if (!batch.isEmpty()) session.consumed(read);
    }

    /** The events written since the last drain, oldest first, their slots already freed: for a caller that wants the batch. */
    public List<InputEvent> drain() {
        List<InputEvent> batch = read();
        if (!batch.isEmpty()) session.consumed(read);
        return batch;
    }

    private List<InputEvent> read() {
        if (capacity == 0 || events.freed()) return List.of();
        try {
            return readRing();
        } catch (IllegalStateException e) {
            if (events.freed()) return List.of(); // the session ended meanwhile: nothing more will come
            throw e;
        }
    }

    private List<InputEvent> readRing() {
        int written = position(InputSession.WRITTEN), n = Math.floorMod(written - read, 2 * capacity);
        // a server that wrote more than its ring holds, or a position off the ring, broke the layout: nothing to read
        if (n == 0 || n > capacity || written < 0 || written >= 2 * capacity) return List.of();
        var slots = events.ints().position(InputSession.HEADER_INTS).slice();
        List<InputEvent> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) batch.add(EventCodec.read(slots, (read + i) % capacity));
        read = written;
        return batch;
    }

    private int position(int index) {
        MemorySegment header = events.segment();
        return (int) InputQueue.POSITION.getAcquire(header, (long) index * Integer.BYTES);
    }
}
