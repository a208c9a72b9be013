package org.jenode.decorator;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.ViewHandle;

/**
 * The five views of a window on the decorator's buffer: the content placeholder, titled with the
 * window id (which is how the wm finds it and puts the client's view in its place), and the top, left,
 * right and bottom borders. Each view shows the buffer at its own screen position, stacked back to
 * front content, top, left, right, bottom.
 */
final class WindowViews {

    private final DecorScreen screen;
    private final ViewHandle content, top, left, right, bottom;

    WindowViews(DecorScreen screen, int windowId) {
        this.screen = screen;
        content = screen.createView();
        top = screen.createView();
        left = screen.createView();
        right = screen.createView();
        bottom = screen.createView();
        screen.commands().enqueue(new Command.Title(content, Integer.toString(windowId)));
    }

    /** The view that the window behind this one's views is stacked in front of. */
    ViewHandle frontmost() { return bottom; }

    /** Stacks the window directly in front of {@code neighbor}, or in front of everything for {@link ViewHandle#NONE}. */
    void stack(CommandQueue q, ViewHandle neighbor) {
        q.enqueue(new Command.ToFront(content, neighbor))
                .enqueue(new Command.ToFront(top, content))
                .enqueue(new Command.ToFront(left, top))
                .enqueue(new Command.ToFront(right, left))
                .enqueue(new Command.ToFront(bottom, right));
    }

    /** Places the content view on {@code inner} and the borders around it up to {@code outer}. */
    void place(CommandQueue q, Rect outer, Rect inner) {
        place(q, content, inner);
        place(q, top, new Rect(outer.x(), outer.y(), outer.width(), inner.y() - outer.y()));
        place(q, left, new Rect(outer.x(), inner.y(), inner.x() - outer.x(), inner.height()));
        place(q, right, new Rect(inner.right(), inner.y(), outer.right() - inner.right(), inner.height()));
        place(q, bottom, new Rect(outer.x(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()));
    }

    private static void place(CommandQueue q, ViewHandle view, Rect r) {
        q.enqueue(new Command.Geometry(view, r)).enqueue(new Command.Offset(view, Point.ORIGIN.minus(r.position())));
    }

    void destroy() {
        for (ViewHandle v : new ViewHandle[] {bottom, right, left, top, content}) screen.destroyView(v);
    }
}
