package org.jenode.wm;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/**
 * A view as the wm's client sees it: what the client asked for (geometry, buffer offset, title) and,
 * once it is shown, the real view in the client's real session that shows it. Owned by its session.
 */
abstract sealed class WmView permits TopLevelView, ChildView {

    final AppSession owner;
    Rect geometry = Rect.EMPTY;
    Point offset = Point.ORIGIN;
    String title = "";
    /** The real view in the owner's real session, or NONE while not shown. */
    ViewHandle real = ViewHandle.NONE;
    /** The token the wm issued for this view, made on the client's first request. */
    ViewCapability capability;

    WmView(AppSession owner) { this.owner = owner; }

    /** The window this view belongs to, or null for a child whose parent is gone. */
    abstract TopLevelView window();

    boolean shown() { return real.valid(); }
}
