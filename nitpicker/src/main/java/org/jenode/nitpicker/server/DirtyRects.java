package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.List;

import org.jenode.base.geometry.Rect;

/**
 * The screen areas to redraw, as Genode's {@code Dirty_rect<Rect,3>}: overlapping rectangles merge, and
 * at most three are kept (the closest pair merges beyond that), so a frame is a handful of refreshes.
 */
final class DirtyRects {

    static final int MAX = 3;
    private final List<Rect> rects = new ArrayList<>();

    void add(Rect r) {
        if (r.empty()) return;
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < rects.size(); i++) {
                Rect o = rects.get(i);
                if (o.contains(r)) return;
                if (o.intersects(r)) {
                    rects.remove(i);
                    r = o.union(r);
                    merged = true;
                    break;
                }
            }
        }
        rects.add(r);
        if (rects.size() > MAX) {
            Rect a = rects.remove(rects.size() - 1);
            int best = 0;
            long bestCost = Long.MAX_VALUE;
            for (int i = 0; i < rects.size(); i++) {
                long cost = area(rects.get(i).union(a));
                if (cost < bestCost) { bestCost = cost; best = i; }
            }
            add(rects.remove(best).union(a));
        }
    }

    private static long area(Rect r) { return (long) r.width() * r.height(); }

    /** The rectangles, clipped to {@code screen}, and forgets them. */
    List<Rect> take(Rect screen) {
        List<Rect> out = new ArrayList<>();
        for (Rect r : rects) {
            Rect c = r.intersection(screen);
            if (!c.empty()) out.add(c);
        }
        rects.clear();
        return out;
    }
}
