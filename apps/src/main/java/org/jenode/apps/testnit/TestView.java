package org.jenode.apps.testnit;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.ViewHandle;

/**
 * One of testnit's views: its handle, its rectangle (relative to the parent view for a child), the
 * buffer area it shows ({@code source}), and its parent's index or -1 for a top-level view.
 */
record TestView(ViewHandle handle, String title, Rect rect, Point source, int parent) {

    /** The offset command value that makes the view show {@code source} at its top-left corner. */
    Point offset() { return new Point(-source.x(), -source.y()); }

    TestView movedTo(Point p) { return new TestView(handle, title, Rect.of(p, rect.area()), source, parent); }

    /** The buffer pixel shown at {@code screen} if this view (at {@code origin} on screen) lies there. */
    Point bufferPixel(Point origin, Point screen) { return screen.minus(origin).plus(source); }
}
