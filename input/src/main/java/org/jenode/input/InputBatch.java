package org.jenode.input;

import java.util.ArrayList;
import java.util.List;

/** The client side of an Input session: what one flush brings, decoded from the event dataspace. */
public final class InputBatch {

    private InputBatch() { }

    /** Flushes {@code session} and decodes the events it copied into its dataspace, oldest first. */
    public static List<InputEvent> drain(InputSession session) {
        int n = session.flush();
        List<InputEvent> events = new ArrayList<>(n);
        if (n == 0) return events;
        var ints = session.dataspace().ints();
        for (int i = 0; i < n; i++) events.add(EventCodec.read(ints, i));
        return events;
    }
}
