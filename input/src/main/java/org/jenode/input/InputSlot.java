package org.jenode.input;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.SignalHandler;
import org.slf4j.Logger;

/**
 * The one Input session an input driver serves at a time, as Genode's {@code input/component.h}: a
 * second client is denied while the first holds the session, and the slot is free again when it closes.
 * Events submitted while nobody holds it reach nobody, like a keyboard without a computer. Used on the
 * driver's entrypoint.
 */
public final class InputSlot {

    private final Logger log;
    private final String driver;
    private Held held;

    /** @param driver the driver's binary name, for the denial a second client gets */
    public InputSlot(Logger log, String driver) {
        this.log = log;
        this.driver = driver;
    }

    /** The driver's Input service: the session of {@code request}, queued in its donation. */
    public InputSession open(SessionRequest<InputSession> request) {
        // One consumer: events split between two clients would make both streams wrong.
        if (held != null) throw new ServiceDeniedException(driver + " serves one Input session at a time");
        held = new Held(new InputQueue(request.quota(), InputQueue.DEFAULT_CAPACITY));
        return held;
    }

    /** Whether a client holds the session. */
    public boolean held() { return held != null; }

    /** Queues {@code event} for the client, if there is one; a full queue drops it with a warning. */
    public void submit(InputEvent event) {
        if (held != null && !held.queue.add(event)) log.warn("input queue full: dropped {}", event);
    }

    /** The session as its client holds it: the queue, and the slot freed when it closes. */
    private final class Held implements InputSession {
        private final InputQueue queue;

        Held(InputQueue queue) { this.queue = queue; }

        @Override public Dataspace dataspace() { return queue.dataspace(); }

        @Override public boolean pending() { return queue.pending(); }

        @Override public void consumed(int position) { queue.consumed(position); }

        @Override public void sigh(SignalHandler handler) { queue.sigh(handler); }

        @Override public void close() {
            queue.close();
            if (held == this) held = null;
        }
    }
}
