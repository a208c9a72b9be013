package org.jenode.loader.server;

import org.jenode.base.geometry.Point;

/** Coordinate arithmetic on what clients send: at the ends of the integers it stops instead of wrapping. */
final class Saturated {

    private Saturated() { }

    static int add(int a, int b) { return (int) Math.clamp((long) a + b, Integer.MIN_VALUE, Integer.MAX_VALUE); }

    static Point add(Point a, Point b) { return new Point(add(a.x(), b.x()), add(a.y(), b.y())); }

    static Point subtract(Point a, Point b) {
        return new Point((int) Math.clamp((long) a.x() - b.x(), Integer.MIN_VALUE, Integer.MAX_VALUE),
                (int) Math.clamp((long) a.y() - b.y(), Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
}
