package org.jenode.decorator;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * The decorator's one nitpicker session and its screen-sized buffer, on which every frame is drawn:
 * each view shows the buffer at its own screen position. The client pays: the donation grows before a
 * bigger buffer or more views than it covers are asked for.
 *
 * <p>The buffer always has alpha, whichever renderer draws: switching renderers then never needs
 * another buffer (and nitpicker keeps a buffer of an unchanged mode even when the alpha flag changes).
 * Opaque frames are opaque pixels, which nitpicker copies as they are.
 */
final class DecorScreen {

    /** Command buffer, input queue and a first few dozen views. */
    private static final long SESSION_QUOTA = 64 * 1024;
    private static final long VIEW_UPGRADE = 16 * 1024;
    /** Genode's threshold: shadows below it let clicks through to what lies behind. */
    private static final int INPUT_ALPHA = 100;

    private final Env env;
    private final NitpickerSession gui;
    private final FramebufferSession fb;
    private final CommandQueue commands;
    private long bufferPaid;
    private Mode mode = new Mode(0, 0);
    private Dataspace pixels;
    private Canvas canvas;

    DecorScreen(Env env) {
        this.env = env;
        this.gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(SESSION_QUOTA));
        this.fb = gui.framebuffer();
        this.commands = new CommandQueue(gui);
        buffer();
    }

    /** (Re)declares a buffer of the screen's current size; its old content is gone. */
    void buffer() {
        Mode m = gui.mode();
        long need = NitpickerSession.ramQuota(m, true);
        if (need > bufferPaid) {
            env.upgrade(gui, need - bufferPaid);
            bufferPaid = need;
        }
        gui.buffer(m, true);
        pixels = fb.dataspace();
        mode = m;
        canvas = new Canvas(pixels.ints(), m.width(), m.height());
    }

    Rect area() { return Rect.of(mode.area()); }

    Canvas canvas() { return canvas; }

    CommandQueue commands() { return commands; }

    void onSync(SignalHandler handler) { fb.syncSigh(handler); }

    void onModeChange(SignalHandler handler) { gui.modeSigh(handler); }

    ViewHandle createView() {
        try {
            return gui.createView(ViewHandle.NONE);
        } catch (QuotaExceededException e) {
            env.upgrade(gui, VIEW_UPGRADE);
            return gui.createView(ViewHandle.NONE);
        }
    }

    void destroyView(ViewHandle view) { gui.destroyView(view); }

    /** Lets the pointer through where the buffer is mostly transparent (shadows). */
    void updateInputMask(Rect r) {
        Rect c = r.intersection(area());
        if (c.empty()) return;
        IntBuffer argb = pixels.ints();
        ByteBuffer bytes = pixels.bytes();
        int w = mode.width(), maskBase = w * mode.height() * Mode.BYTES_PER_PIXEL;
        int[] row = new int[c.width()];
        byte[] mask = new byte[c.width()];
        for (int y = c.y(); y < c.bottom(); y++) {
            argb.get(y * w + c.x(), row);
            for (int i = 0; i < row.length; i++) mask[i] = (byte) ((row[i] >>> 24) > INPUT_ALPHA ? 1 : 0);
            bytes.put(maskBase + y * w + c.x(), mask);
        }
    }

    void refresh(Rect r) { fb.refresh(r); }
}
