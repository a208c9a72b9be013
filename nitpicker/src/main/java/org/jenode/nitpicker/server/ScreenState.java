package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;

/**
 * What views are seen through besides the views themselves: the physical screen size (set by the
 * display on a mode change), the pointer position and the user's mode (both set by input routing).
 */
final class ScreenState {

    private Area area;
    private Point pointer = Point.ORIGIN;
    private UserMode mode = UserMode.FLAT;

    ScreenState(Area area) { this.area = area; }

    Area area() { return area; }

    void area(Area a) { area = a; }

    Point pointer() { return pointer; }

    void pointer(Point p) { pointer = p; }

    UserMode mode() { return mode; }

    void mode(UserMode m) { mode = m; }

    boolean flat() { return mode == UserMode.FLAT; }

    /** Screen position of {@code d}'s (0,0). */
    Point origin(Domain d) { return d.origin(area, pointer); }
}
