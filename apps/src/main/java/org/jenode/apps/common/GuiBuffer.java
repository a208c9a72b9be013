package org.jenode.apps.common;

import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * A nitpicker session and its one buffer, drawn through a {@link Canvas}. The session's donation covers
 * the bookkeeping plus the largest buffer so far; a bigger buffer first upgrades the donation (client
 * pays), because nitpicker refuses a buffer its donation cannot pay for.
 */
public final class GuiBuffer {

    /** Command buffer, input queue and a few views (nitpicker's default donation) plus slack. */
    public static final long SESSION_QUOTA = 36 * 1024 + 16 * 1024;

    private final Env env;
    private final NitpickerSession gui;
    private final CommandQueue commands;
    private long bufferPaid;
    private Mode mode = new Mode(0, 0);
    private FramebufferSession fb;
    private Dataspace pixels;
    private Canvas canvas;

    /** Opens the session, donating enough for a buffer of {@code expected} (which may be empty). */
    public GuiBuffer(Env env, String label, Mode expected, boolean alpha) {
        this.env = env;
        this.bufferPaid = NitpickerSession.ramQuota(expected, alpha);
        this.gui = env.session(NitpickerSession.class, label, SessionArgs.ramQuota(SESSION_QUOTA + bufferPaid));
        this.commands = new CommandQueue(gui);
    }

    public NitpickerSession session() { return gui; }

    public CommandQueue commands() { return commands; }

    public Mode mode() { return mode; }

    public Canvas canvas() { return canvas; }

    /** The screen size as this session's domain sees it. */
    public Mode screen() { return gui.mode(); }

    /** Declares a buffer of {@code m} and attaches it; the old content is gone. */
    public void resize(Mode m, boolean withAlpha) {
        long need = NitpickerSession.ramQuota(m, withAlpha);
        if (need > bufferPaid) {
            env.upgrade(gui, need - bufferPaid);
            bufferPaid = need;
        }
        gui.buffer(m, withAlpha);
        fb = gui.framebuffer();
        pixels = fb.dataspace();
        mode = m;
        canvas = new Canvas(pixels.ints(), m.width(), m.height());
    }

    /**
     * {@link #resize}, unless the component cannot pay for the bigger buffer: then that is logged, the
     * old buffer stays, and the answer is false. For a size someone else asked for, such as a window
     * manager's resize.
     */
    public boolean resizeIfAffordable(Mode m, boolean withAlpha) {
        try {
            resize(m, withAlpha);
            return true;
        } catch (QuotaExceededException e) {
            env.log().warn("cannot pay for a {} buffer, keeping {}: {}", m, mode, e.getMessage());
            return false;
        }
    }

    /** The buffer as nitpicker handed it out, for a client that hands it on (nit_fb). */
    public Dataspace dataspace() { return pixels; }

    /** The raw buffer: pixels (native-order ints), then for alpha buffers the input-mask bytes. */
    public java.nio.ByteBuffer bytes() { return pixels.bytes(); }

    public void refresh(Rect r) { fb.refresh(r); }

    public void refresh() { fb.refresh(Rect.of(mode.area())); }

    public ViewHandle createView(ViewHandle parent) { return gui.createView(parent); }
}
