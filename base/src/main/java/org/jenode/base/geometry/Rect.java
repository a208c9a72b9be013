package org.jenode.base.geometry;

import java.util.ArrayList;
import java.util.List;

/** A half-open rectangle: the pixels {@code x <= px < x + width}, {@code y <= py < y + height}. */
public record Rect(int x, int y, int width, int height) {

    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public Rect {
        if (width < 0 || height < 0) {
            width = Math.max(0, width);
            height = Math.max(0, height);
        }
    }

    public static Rect of(Point at, Area area) { return new Rect(at.x(), at.y(), area.width(), area.height()); }

    public static Rect of(Area area) { return new Rect(0, 0, area.width(), area.height()); }

    /** The rectangle spanned by two corners, both inclusive, in any order. */
    public static Rect spanning(Point a, Point b) {
        int x1 = Math.min(a.x(), b.x()), y1 = Math.min(a.y(), b.y());
        return new Rect(x1, y1, Math.max(a.x(), b.x()) - x1 + 1, Math.max(a.y(), b.y()) - y1 + 1);
    }

    public int right() { return x + width; }

    public int bottom() { return y + height; }

    public Point position() { return new Point(x, y); }

    public Area area() { return new Area(width, height); }

    public boolean empty() { return width == 0 || height == 0; }

    public boolean contains(Point p) { return p.x() >= x && p.y() >= y && p.x() < right() && p.y() < bottom(); }

    public boolean contains(Rect r) {
        return r.empty() || (r.x >= x && r.y >= y && r.right() <= right() && r.bottom() <= bottom());
    }

    public boolean intersects(Rect r) { return !intersection(r).empty(); }

    /** The common part; one of the two itself where it lies inside the other, so that clipping seldom allocates. */
    public Rect intersection(Rect r) {
        int x1 = Math.max(x, r.x), y1 = Math.max(y, r.y);
        int x2 = Math.min(right(), r.right()), y2 = Math.min(bottom(), r.bottom());
        if (x2 <= x1 || y2 <= y1) return EMPTY;
        if (x1 == r.x && y1 == r.y && x2 == r.right() && y2 == r.bottom()) return r;
        if (x1 == x && y1 == y && x2 == right() && y2 == bottom()) return this;
        return new Rect(x1, y1, x2 - x1, y2 - y1);
    }

    /** The smallest rectangle covering both; an empty operand does not count. */
    public Rect union(Rect r) {
        if (empty()) return r;
        if (r.empty()) return this;
        int x1 = Math.min(x, r.x), y1 = Math.min(y, r.y);
        return new Rect(x1, y1, Math.max(right(), r.right()) - x1, Math.max(bottom(), r.bottom()) - y1);
    }

    public Rect translated(int dx, int dy) { return new Rect(x + dx, y + dy, width, height); }

    public Rect translated(Point d) { return translated(d.x(), d.y()); }

    /** This rectangle grown by {@code n} pixels on each side (shrunk for negative n). */
    public Rect grown(int n) { return new Rect(x - n, y - n, width + 2 * n, height + 2 * n); }

    /**
     * What remains of this rectangle once {@code hole} is cut out: up to four pieces (top, left, right,
     * bottom), as Genode's {@code Rect::cut}. Recursive redraw and occlusion clipping are built on it.
     */
    public List<Rect> minus(Rect hole) {
        Rect cut = intersection(hole);
        List<Rect> pieces = new ArrayList<>(4);
        if (cut.empty()) {
            if (!empty()) pieces.add(this);
            return pieces;
        }
        addIfNotEmpty(pieces, new Rect(x, y, width, cut.y - y));
        addIfNotEmpty(pieces, new Rect(x, cut.y, cut.x - x, cut.height));
        addIfNotEmpty(pieces, new Rect(cut.right(), cut.y, right() - cut.right(), cut.height));
        addIfNotEmpty(pieces, new Rect(x, cut.bottom(), width, bottom() - cut.bottom()));
        return pieces;
    }

    private static void addIfNotEmpty(List<Rect> list, Rect r) {
        if (!r.empty()) list.add(r);
    }

    @Override public String toString() { return width + "x" + height + "+" + x + "+" + y; }
}
