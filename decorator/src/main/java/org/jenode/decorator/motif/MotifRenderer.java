package org.jenode.decorator.motif;

import org.jenode.decorator.Decoration;
import org.jenode.decorator.Margins;
import org.jenode.decorator.Renderer;
import org.jenode.decorator.WindowState;
import org.jenode.decorator.WindowStyle;

/** The built-in look: opaque motif frames in the base colour {@code (45,49,65)}, or a policy's colour. */
public final class MotifRenderer implements Renderer {

    /** Genode 14.11's base colour. */
    public static final int BASE = 0xff2d3141;

    private final MotifPainter painter = new MotifPainter();

    @Override public Margins frame() { return MotifGeometry.MARGINS; }

    @Override public boolean translucent() { return false; }

    @Override public Decoration decorate(WindowState state, WindowStyle style) {
        return new MotifDecoration(painter, BASE, state, style);
    }
}
