package org.jenode.input;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.Dataspace;

/**
 * The client side of an Input session: its event dataspace is asked for once, so that each drain is a
 * single call ({@code flush}) rather than two. On the input path every call is a round trip to the
 * server's entrypoint (across the wire, for a client in a process of its own), and an event crosses one
 * drain per hop (driver to nitpicker, nitpicker to the wm, the wm to its client); so a client makes its
 * reader once, with the session, and drains through it on every signal.
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
        if (n == 0) return List.of();
        List<InputEvent> decoded = new ArrayList<>(n);
        var ints = events.ints();
        for (int i = 0; i < n; i++) decoded.add(EventCodec.read(ints, i));
        return decoded;
    }
}
