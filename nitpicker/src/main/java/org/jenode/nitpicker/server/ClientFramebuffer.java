package org.jenode.nitpicker.server;

import org.jenode.base.Dataspace;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;

/**
 * A session's buffer seen as a framebuffer: {@code dataspace()} allocates the declared buffer from the
 * session's donation, {@code refresh} marks the views showing that area dirty, sync ticks after each frame.
 */
final class ClientFramebuffer implements FramebufferSession {

    /** The client refreshed {@code area} of its buffer. */
    interface Refreshed {
        void refreshed(Rect area);
    }

    /** The buffer was allocated anew: every view showing it changed. */
    interface Reallocated {
        void reallocated();
    }

    private final ClientBuffer buffer;
    private final Refreshed refreshed;
    private final Reallocated reallocated;
    private SignalHandler modeSigh = SignalHandler.NONE;
    private SignalHandler syncSigh = SignalHandler.NONE;

    ClientFramebuffer(ClientBuffer buffer, Refreshed refreshed, Reallocated reallocated) {
        this.buffer = buffer;
        this.refreshed = refreshed;
        this.reallocated = reallocated;
    }

    @Override public Mode mode() { return buffer.declared(); }

    @Override public Dataspace dataspace() {
        boolean anew = buffer.stale();
        Dataspace pixels = buffer.allocate();
        if (anew) reallocated.reallocated();
        return pixels;
    }

    @Override public void refresh(Rect area) { refreshed.refreshed(area); }

    @Override public void modeSigh(SignalHandler handler) { modeSigh = handler; }

    @Override public void syncSigh(SignalHandler handler) { syncSigh = handler; }

    /** The client declared a new buffer: its next {@code dataspace()} has the new mode. */
    void modeChanged() { modeSigh.submit(); }

    /** A frame was drawn. */
    void sync() { syncSigh.submit(); }

    /** Closing the sub-session alone changes nothing: the buffer belongs to the session. */
    @Override public void close() { }
}
