package org.jenode.terminal.server;

import java.nio.IntBuffer;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputSession;

/**
 * The terminal on a Framebuffer and an Input session, as Genode's terminal of 14.x and 15.x ran: the
 * mode is the framebuffer's (the driver pays for the buffer), there is no title to show, and the
 * screen's origin is the terminal's.
 */
final class FramebufferSurface implements Surface {

    private final FramebufferSession framebuffer;
    private final InputSession input;
    private Mode mode = new Mode(0, 0);
    private IntBuffer pixels = IntBuffer.allocate(0);

    /** Denied if either session is not routed; then neither is kept. */
    FramebufferSurface(Env env) {
        this.framebuffer = env.session(FramebufferSession.class, "");
        try {
            this.input = env.session(InputSession.class, "");
        } catch (RuntimeException e) {
            framebuffer.close();
            throw e;
        }
    }

    @Override public Mode wanted() { return framebuffer.mode(); }

    @Override public Mode mode() { return mode; }

    @Override public IntBuffer pixels() { return pixels; }

    @Override public InputSession input() { return input; }

    @Override public void modeSigh(SignalHandler handler) { framebuffer.modeSigh(handler); }

    @Override public void syncSigh(SignalHandler handler) { framebuffer.syncSigh(handler); }

    /** Takes the framebuffer's mode whatever {@code m} asks: a driver's mode is the driver's to choose. */
    @Override public void resize(Mode m) {
        mode = framebuffer.mode();
        pixels = framebuffer.dataspace().ints();
    }

    @Override public Point position() { return new Point(0, 0); }

    @Override public void title(String title) { }

    @Override public void refresh(Rect area) { framebuffer.refresh(area); }
}
