package org.jenode.decorator.motif;

import org.jenode.base.geometry.Rect;
import org.jenode.decorator.Margins;

/** The motif frame's metrics (Genode 14.11): 4-pixel borders, a 16-pixel title bar, 16-pixel corners and controls. */
final class MotifGeometry {

    static final int BORDER = 4, TITLE = 16, CORNER = 16, CONTROL = 16;
    static final Margins MARGINS = new Margins(BORDER + TITLE, BORDER, BORDER, BORDER);

    private MotifGeometry() { }

    /** The title bar, controls included. */
    static Rect titleBar(Rect outer) { return new Rect(outer.x() + BORDER, outer.y() + BORDER, outer.width() - 2 * BORDER, TITLE); }

    /** The maximizer's place: the left end of the title bar. */
    static Rect maximizer(Rect outer) {
        Rect bar = titleBar(outer);
        return new Rect(bar.x(), bar.y(), CONTROL, TITLE);
    }

    /** The closer's place: the right end of the title bar. */
    static Rect closer(Rect outer) {
        Rect bar = titleBar(outer);
        return new Rect(bar.right() - CONTROL, bar.y(), CONTROL, TITLE);
    }

    /** The part of the title bar that the title gets, between the controls the window has. */
    static Rect title(Rect outer, boolean closer, boolean maximizer) {
        Rect bar = titleBar(outer);
        int left = maximizer ? CONTROL : 0, right = closer ? CONTROL : 0;
        return new Rect(bar.x() + left, bar.y(), bar.width() - left - right, TITLE);
    }
}
