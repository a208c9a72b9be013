package org.jenode.layouter.model;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * How far the decorator's frame reaches beyond a window's content ({@code decorator_margins}, node
 * {@code <floating>}). The layouter places content rectangles; frames must not overlap and must stay on
 * the screen, so placement works on the outer rectangles.
 */
public record Margins(int top, int bottom, int left, int right) {

    public static final Margins NONE = new Margins(0, 0, 0, 0);

    public Margins {
        if (top < 0 || bottom < 0 || left < 0 || right < 0)
            throw new IllegalArgumentException("negative margins " + top + "/" + bottom + "/" + left + "/" + right);
    }

    public Rect outer(Rect content) {
        return new Rect(content.x() - left, content.y() - top, content.width() + left + right,
                content.height() + top + bottom);
    }

    public Area outer(Area content) { return new Area(content.width() + left + right, content.height() + top + bottom); }

    /** The content rectangle inside {@code outer}; empty if the frame alone does not fit. */
    public Rect inner(Rect outer) {
        return new Rect(outer.x() + left, outer.y() + top, outer.width() - left - right, outer.height() - top - bottom);
    }

    /** Where content goes whose frame starts at {@code outer}. */
    public Point content(Point outer) { return new Point(outer.x() + left, outer.y() + top); }
}
