package org.jenode.wm;

import org.jenode.nitpicker.ViewHandle;

/**
 * A view nested in another (a menu, a pop-up): its real view is a child of its parent's real view, so
 * nitpicker clips it to the parent and it can never show outside its window's content.
 */
final class ChildView extends WmView {

    /** The parent, or null once the parent is gone (the view then never shows again). */
    WmView parent;
    /** The parent's real view as a handle in this view's real session (the parent's own, or imported). */
    ViewHandle realParent = ViewHandle.NONE;

    ChildView(AppSession owner, WmView parent) {
        super(owner);
        this.parent = parent;
    }

    @Override TopLevelView window() { return parent == null ? null : parent.window(); }
}
