package org.jenode.input;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.Dataspace;

/**
 * The client side of an Input session: what one flush brings, decoded from the event dataspace. A
 * client that drains the same session again and again takes an {@link InputReader}, which asks for the
 * dataspace once instead of on every drain.
 */
public final class InputBatch {

    private InputBatch() { }

    /** Flushes {@code session} and decodes the events it copied into its dataspace, oldest first. */
    public static List<InputEvent> drain(InputSession session) {
        int n = session.flush();
        return n == 0 ? new ArrayList<>() : decode(session.dataspace(), n);
    }

    /** The first {@code n} events in {@code events}, oldest first. */
    static List<InputEvent> decode(Dataspace events, int n) {
        List<InputEvent> decoded = new ArrayList<>(n);
        var ints = events.ints();
        for (int i = 0; i < n; i++) decoded.add(EventCodec.read(ints, i));
        return decoded;
    }
}
