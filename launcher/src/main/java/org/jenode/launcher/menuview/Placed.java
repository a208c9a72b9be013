package org.jenode.launcher.menuview;

import java.util.List;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/** A widget where the layout put it, in the dialog's pixels, with its children placed inside it. */
record Placed(Widget widget, Rect rect, List<Placed> children) {

    /** The innermost placed widgets containing {@code p}, outermost first; empty if {@code p} is outside. */
    List<Placed> path(Point p) {
        if (!rect.contains(p)) return List.of();
        for (Placed child : children) {
            List<Placed> below = child.path(p);
            if (!below.isEmpty()) {
                java.util.ArrayList<Placed> path = new java.util.ArrayList<>(below.size() + 1);
                path.add(this);
                path.addAll(below);
                return path;
            }
        }
        return List.of(this);
    }
}
