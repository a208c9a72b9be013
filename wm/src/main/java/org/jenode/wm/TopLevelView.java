package org.jenode.wm;

import org.jenode.base.geometry.Rect;

/**
 * A client's top-level view: a window. Its position is the client's wish only (input is translated
 * from it); where the window really is, the decorator says through the content view it places.
 */
final class TopLevelView extends WmView {

    /** The window id, 0 until the first geometry gives the window a size. */
    int id;
    /** Where the decorator put the content, in screen coordinates; input is translated from it. */
    Rect content = Rect.EMPTY;
    /** When the decorator last raised the content (a counter), to pick the front one of overlapping windows. */
    long raised;
    /** The wm closed the window after an ignored close request; it never comes back. */
    boolean revoked;

    TopLevelView(AppSession owner) { super(owner); }

    @Override TopLevelView window() { return this; }
}
