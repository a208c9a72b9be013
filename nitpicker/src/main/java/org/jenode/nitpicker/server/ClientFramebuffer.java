package org.jenode.nitpicker.server;

import org.jenode.base.Dataspace;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;

/**
 * A session's buffer seen as a framebuffer: {@code dataspace()} allocates the declared buffer from the
 * session's donation, {@code refresh} marks the views showing that area dirty, sync ticks after each redraw.
 */
final class ClientFramebuffer implements FramebufferSession {

    private final GuiSession session;
    SignalHandler modeSigh = SignalHandler.NONE;
    SignalHandler syncSigh = SignalHandler.NONE;

    ClientFramebuffer(GuiSession session) { this.session = session; }

    @Override public Mode mode() { return session.bufferMode; }

    @Override public Dataspace dataspace() { return session.allocateBuffer(); }

    @Override public void refresh(Rect area) { session.refreshed(area); }

    @Override public void modeSigh(SignalHandler handler) { modeSigh = handler; }

    @Override public void syncSigh(SignalHandler handler) { syncSigh = handler; }

    /** The client declared a new buffer: its next {@code dataspace()} has the new mode. */
    void modeChanged() {
        modeSigh.submit();
    }

    /** Closing the sub-session alone changes nothing: the buffer belongs to the GUI session. */
    @Override public void close() { }
}
