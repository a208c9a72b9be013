package org.jenode.base.geometry;

/** A position on a screen or in a buffer, in pixels. */
public record Point(int x, int y) {

    public static final Point ORIGIN = new Point(0, 0);

    public Point plus(Point other) { return new Point(x + other.x, y + other.y); }

    public Point minus(Point other) { return new Point(x - other.x, y - other.y); }

    /** This point moved into {@code area} (the nearest point inside it), or the origin for an empty area. */
    public Point clampedTo(Area area) {
        if (area.empty()) return ORIGIN;
        return new Point(Math.max(0, Math.min(x, area.width() - 1)), Math.max(0, Math.min(y, area.height() - 1)));
    }
}
