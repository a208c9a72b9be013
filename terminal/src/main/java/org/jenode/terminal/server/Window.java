package org.jenode.terminal.server;

import java.nio.IntBuffer;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * The terminal's nitpicker session: one buffer shown by one top-level view. The client pays: before a
 * bigger buffer it upgrades the session's donation by the difference.
 */
final class Window implements Surface {

    /** Nitpicker's default donation (command buffer, input queue, a view) plus slack. */
    private static final long SESSION_QUOTA = 36 * 1024 + 16 * 1024;

    private final Env env;
    private final NitpickerSession gui;
    private final FramebufferSession framebuffer;
    private final CommandQueue commands;
    private final ViewHandle view;
    private final Point position;
    private long bufferPaid;
    private Mode mode = new Mode(0, 0);
    private IntBuffer pixels = IntBuffer.allocate(0);
    private String title = "";

    Window(Env env, Point position) {
        this.env = env;
        this.position = position;
        this.gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(SESSION_QUOTA));
        this.framebuffer = gui.framebuffer();
        this.commands = new CommandQueue(gui);
        this.view = gui.createView(ViewHandle.NONE);
    }

    @Override public Mode wanted() { return gui.mode(); }

    @Override public Mode mode() { return mode; }

    @Override public IntBuffer pixels() { return pixels; }

    @Override public InputSession input() { return gui.input(); }

    @Override public void modeSigh(SignalHandler handler) { gui.modeSigh(handler); }

    @Override public void syncSigh(SignalHandler handler) { framebuffer.syncSigh(handler); }

    /**
     * A new buffer of {@code m} (its old content is gone) and the view sized to it; smaller, keeping the
     * aspect, if the RAM quota cannot pay for {@code m} (Genode gave its terminal 2M or 3M, less than a
     * screen-sized window of ours takes).
     */
    @Override public void resize(Mode wanted) {
        Mode m = wanted;
        while (NitpickerSession.ramQuota(m, false) - bufferPaid > env.ram().avail() && m.width() > 16 && m.height() > 16) {
            m = new Mode(m.width() * 9 / 10, m.height() * 9 / 10);
        }
        if (!m.equals(wanted)) env.log().info("a window of {} instead of {}: as large as the RAM quota pays for", m, wanted);
        long need = NitpickerSession.ramQuota(m, false);
        if (need > bufferPaid) {
            env.upgrade(gui, need - bufferPaid);
            bufferPaid = need;
        }
        gui.buffer(m, false);
        pixels = framebuffer.dataspace().ints();
        boolean first = mode.width() == 0;
        mode = m;
        commands.enqueue(new Command.Geometry(view, Rect.of(position, m.area())));
        if (first) commands.enqueue(new Command.Title(view, title)).enqueue(new Command.ToFront(view, ViewHandle.NONE));
        commands.execute();
    }

    @Override public Point position() { return position; }

    @Override public void title(String newTitle) {
        if (newTitle.equals(title)) return;
        title = newTitle;
        commands.enqueue(new Command.Title(view, newTitle)).execute();
    }

    @Override public void refresh(Rect area) { framebuffer.refresh(area); }
}
