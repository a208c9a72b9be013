package org.jenode.input;

import java.util.List;
import org.jenode.base.Dataspace;

/**
 * The client side of one Input session that is drained for as long as it is open: its event dataspace
 * is asked for once, so that each drain is a single call ({@code flush}) rather than two. On the input
 * path every call is a round trip to the server's entrypoint, and an event crosses one such drain per
 * hop (driver to nitpicker, nitpicker to its client); {@link InputBatch#drain} is for one-off reads.
 */
public final class InputReader {

    private final InputSession session;
    private final Dataspace events;

    public InputReader(InputSession session) {
        this.session = session;
        this.events = session.dataspace();
    }

    /** Flushes the session and decodes the events it copied, oldest first. */
    public List<InputEvent> drain() {
        int n = session.flush();
        return n == 0 ? List.of() : InputBatch.decode(events, n);
    }
}
