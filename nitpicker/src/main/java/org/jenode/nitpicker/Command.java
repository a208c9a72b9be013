package org.jenode.nitpicker;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/** A view command, queued in the command buffer and applied by {@code execute()}. */
public sealed interface Command {

    ViewHandle view();

    /** Position (relative to the parent view, or domain-transformed for a top-level view) and size. */
    record Geometry(ViewHandle view, Rect rect) implements Command { }

    /** Buffer offset: screen pixel p shows buffer pixel p - view position - offset. */
    record Offset(ViewHandle view, Point offset) implements Command { }

    /** To the very front, or directly in front of {@code neighbor}; then layers re-sort. */
    record ToFront(ViewHandle view, ViewHandle neighbor) implements Command { }

    /** Behind all but the backgrounds, or directly behind {@code neighbor}; then layers re-sort. */
    record ToBack(ViewHandle view, ViewHandle neighbor) implements Command { }

    /** The session's background view, shown while the session is focused (the backdrop's for all). */
    record Background(ViewHandle view) implements Command { }

    /** The view's title, shown next to the session label in X-ray mode; cut to {@link #MAX_TITLE} chars. */
    record Title(ViewHandle view, String title) implements Command {
        public static final int MAX_TITLE = 63;

        public Title {
            if (title.length() > MAX_TITLE) title = title.substring(0, MAX_TITLE);
        }
    }

    record Nop() implements Command {
        public ViewHandle view() { return ViewHandle.NONE; }
    }
}
