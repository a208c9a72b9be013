package org.jenode.layouter.model;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/** Where windows go: a free spot for a new one, and back onto the screen when they are off it. */
public final class Placement {

    /**
     * Beyond this many windows on the screen the search is not worth its cubic cost: the screen is
     * full in practice, and a client with hundreds of windows must not stall the layouter.
     */
    static final int MAX_OBSTACLES = 64;

    private Placement() { }

    /**
     * The top-most, then left-most position at which {@code size} fits on {@code screen} without
     * overlapping any of {@code occupied}. Any free spot can be slid up and left until it touches a
     * window or the screen's edge, so the candidates are the screen's top-left corner and the right and
     * bottom edges of the windows; none of them fits only if no spot does.
     */
    public static Optional<Point> free(Area size, List<Rect> occupied, Rect screen) {
        if (occupied.size() > MAX_OBSTACLES || size.width() > screen.width() || size.height() > screen.height())
            return Optional.empty();
        TreeSet<Integer> xs = new TreeSet<>(List.of(screen.x())), ys = new TreeSet<>(List.of(screen.y()));
        for (Rect r : occupied) {
            xs.add(r.right());
            ys.add(r.bottom());
        }
        for (int y : ys) {
            for (int x : xs) {
                Rect candidate = new Rect(x, y, size.width(), size.height());
                if (screen.contains(candidate) && occupied.stream().noneMatch(candidate::intersects))
                    return Optional.of(candidate.position());
            }
        }
        return Optional.empty();
    }

    /** Genode's cascade for window {@code id} when the screen is full: content at (150 id mod 800, 30 + 100 id mod 500). */
    public static Point cascade(int id, Rect screen) {
        return new Point(screen.x() + Math.floorMod(150L * id, 800), screen.y() + 30 + Math.floorMod(100L * id, 500));
    }

    /**
     * {@code outer} moved the least distance onto {@code screen}; a window larger than the screen keeps
     * its top-left corner (title and menu) on it.
     */
    public static Rect fit(Rect outer, Rect screen) {
        int x = Math.max(screen.x(), Math.min(outer.x(), screen.right() - outer.width()));
        int y = Math.max(screen.y(), Math.min(outer.y(), screen.bottom() - outer.height()));
        return new Rect(x, y, outer.width(), outer.height());
    }
}
