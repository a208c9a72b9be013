package org.jenode.nitpicker.server;

import java.lang.foreign.ValueLayout;

import org.jenode.base.Dataspace;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.RamAccount;
import org.jenode.base.geometry.Point;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.NitpickerSession;

/**
 * A session's pixel buffer: declared by {@code buffer(mode, alpha)}, allocated from the client's
 * donation on its next {@code dataspace()} call. Nitpicker draws from and hit-tests against only what
 * was allocated, whatever was declared since, so a client that re-declares and never fetches cannot
 * make it read past the buffer.
 */
final class ClientBuffer {

    private final String label;
    private final RamAccount quota;
    private Mode declared = new Mode(0, 0);
    private boolean declaredAlpha;
    private Mode mode;
    private boolean alpha;
    private Dataspace pixels;
    /** A canvas over {@link #pixels}, made once per allocation: every frame draws from it. */
    private Canvas canvas;

    ClientBuffer(String label, RamAccount quota) {
        this.label = label;
        this.quota = quota;
    }

    /** Checks that the donation pays for {@code m} (the current buffer counts as paid) and remembers it. */
    void declare(Mode m, boolean withAlpha) {
        long need = NitpickerSession.ramQuota(m, withAlpha);
        long have = quota.avail() + (pixels == null ? 0 : pixels.size());
        if (need > have || need > Integer.MAX_VALUE) throw new QuotaExceededException(label + " buffer", need, have);
        declared = m;
        declaredAlpha = withAlpha;
    }

    Mode declared() { return declared; }

    /** Whether the next {@link #allocate()} allocates: there is no buffer, or not the declared one. */
    boolean stale() { return pixels == null || !declared.equals(mode) || declaredAlpha != alpha; }

    /** The declared buffer, allocated now unless the current one is it. */
    Dataspace allocate() {
        if (!stale()) return pixels;
        free();
        pixels = quota.allocate((int) NitpickerSession.ramQuota(declared, declaredAlpha));
        mode = declared;
        alpha = declaredAlpha;
        canvas = new Canvas(pixels.ints(), mode.width(), mode.height());
        return pixels;
    }

    boolean allocated() { return pixels != null; }

    /** The allocated size; only while {@link #allocated()}. */
    Mode mode() { return mode; }

    boolean alpha() { return pixels != null && alpha; }

    /** The pixels to draw from; only while {@link #allocated()}. */
    Canvas canvas() { return canvas; }

    /** Whether the input mask admits buffer pixel {@code p}; buffers without alpha take every pixel. */
    boolean inputMaskAt(Point p) {
        if (!alpha()) return true;
        if (!mode.area().contains(p)) return false;
        long at = (long) mode.width() * mode.height() * 4 + (long) p.y() * mode.width() + p.x();
        try {
            return pixels.segment().get(ValueLayout.JAVA_BYTE, at) != 0;
        } catch (IllegalStateException e) { // freed under nitpicker: nothing of it to hit (the next frame drops its views)
            return false;
        }
    }

    void free() {
        if (pixels != null) pixels.free();
        pixels = null;
        canvas = null;
    }
}
