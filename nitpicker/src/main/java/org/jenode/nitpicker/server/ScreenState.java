package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;

/** What view geometry depends on besides the views: the physical screen size and the pointer. */
final class ScreenState {
    Area area;
    Point pointer = Point.ORIGIN;

    ScreenState(Area area) { this.area = area; }

    Point origin(Domain d) { return d.origin(area, pointer); }
}
