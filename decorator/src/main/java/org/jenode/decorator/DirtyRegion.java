package org.jenode.decorator;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.geometry.Rect;

/**
 * The screen areas to redraw on the next sync, as at most {@link #MAX} rectangles (Genode's
 * {@code Dirty_rect}): a new area takes a free slot unless merging it into a rectangle costs no extra
 * pixels; when all slots are taken it merges with the rectangle whose union grows least.
 */
final class DirtyRegion {

    static final int MAX = 3;

    private final List<Rect> rects = new ArrayList<>(MAX);

    void add(Rect r) {
        if (r.empty()) return;
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < rects.size(); i++) {
            Rect u = rects.get(i).union(r);
            long cost = u.area().pixels() - rects.get(i).area().pixels() - r.area().pixels();
            if (cost < bestCost) {
                best = i;
                bestCost = cost;
            }
        }
        if (best >= 0 && (bestCost <= 0 || rects.size() == MAX)) rects.set(best, rects.get(best).union(r));
        else rects.add(r);
    }

    boolean empty() { return rects.isEmpty(); }

    /** The areas within {@code screen}, and forgets them. */
    List<Rect> take(Rect screen) {
        List<Rect> out = new ArrayList<>(rects.size());
        for (Rect r : rects) {
            Rect c = r.intersection(screen);
            if (!c.empty()) out.add(c);
        }
        rects.clear();
        return out;
    }
}
