package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.ViewCapability;

/**
 * One view: a rectangle showing part of its session's buffer. A nested view's position is relative to
 * its parent and it is clipped to the parent; a top-level view's position is in its domain's coordinates.
 */
final class View {

    static final int TITLE_LEN = 31;

    final GuiSession owner;
    View parent;
    Rect geometry = Rect.EMPTY;
    Point offset = Point.ORIGIN;
    String title = "";
    boolean background;
    boolean stacked;
    ViewCapability capability;

    View(GuiSession owner, View parent) {
        this.owner = owner;
        this.parent = parent;
    }

    /** Screen rectangle; {@code origin} is the owner's domain origin on screen. */
    Rect abs(ScreenState screen) {
        if (parent == null) return geometry.translated(screen.origin(owner.domain));
        Rect p = parent.abs(screen);
        return geometry.translated(p.position()).intersection(p);
    }

    /** Screen position of the buffer's pixel (0,0): view position plus offset (unclipped). */
    Point bufferOrigin(ScreenState screen) {
        Point pos = parent == null ? geometry.position().plus(screen.origin(owner.domain))
                : geometry.position().plus(parent.abs(screen).position());
        return pos.plus(offset);
    }

    void title(String t) { title = t.length() > TITLE_LEN ? t.substring(0, TITLE_LEN) : t; }
}
