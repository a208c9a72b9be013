package org.jenode.input;

import java.util.function.Consumer;
import org.jenode.base.Dataspace;
import org.jenode.base.SignalHandler;

/**
 * The Input session a driver hands out: an {@link EventQueue} (paid by the client) plus a call-back that
 * tells the driver when the client leaves, so that a driver serving one client at a time can admit the next.
 */
public final class DriverSession implements InputSession {

    private final EventQueue queue;
    private final Consumer<DriverSession> onClose;

    public DriverSession(EventQueue queue, Consumer<DriverSession> onClose) {
        this.queue = queue;
        this.onClose = onClose;
    }

    public EventQueue queue() { return queue; }

    @Override public Dataspace dataspace() { return queue.dataspace(); }

    @Override public boolean pending() { return queue.pending(); }

    @Override public int flush() { return queue.flush(); }

    @Override public void sigh(SignalHandler handler) { queue.sigh(handler); }

    @Override public void close() {
        queue.close();
        onClose.accept(this);
    }
}
