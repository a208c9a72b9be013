package org.jenode.nitpicker.server;

import java.util.Arrays;

import org.jenode.base.geometry.Rect;

/**
 * The views one redraw can show, front to back: every shown view except those wholly inside the outline
 * of one opaque view in front of them, with its outline and whether it blends. The {@link Composer}'s
 * recursion visits a view once per piece of the dirty area that reaches it, so a hidden view left on
 * the stack would cost a look at every piece; gathered here once per redraw it costs a few comparisons
 * with the opaque views kept so far. The arrays are reused from redraw to redraw and grow with the
 * stack only, so that drawing allocates nothing.
 */
final class VisibleViews {

    private View[] views = new View[16];
    /** Outline of view i: {@code [x1, y1, x2, y2)} at {@code 4 * i}. */
    private int[] outlines = new int[4 * 16];
    private boolean[] blends = new boolean[16];
    private int count;

    /** The candidates of {@code stack} for drawing {@code dirty}, in flat mode or not. */
    void collect(ViewStack stack, boolean flat, Rect dirty) {
        count = 0;
        for (int i = 0; i < stack.size(); i++) {
            View v = stack.get(i);
            if (!stack.shown(v)) continue;
            Rect o = stack.outline(v).intersection(dirty);
            if (o.empty() || hidden(o)) continue;
            add(v, o, blends(v, flat));
        }
    }

    /**
     * Drawn over what lies behind it: a translucent buffer, unless X-ray mode draws its domain opaque or
     * framed (as Genode's nitpicker draws every view but those of {@code xray="no"} domains opaque then).
     */
    static boolean blends(View v, boolean flat) {
        return v.owner().buffer().alpha() && (flat || v.owner().domain().xray() == Domain.Xray.NO);
    }

    int count() { return count; }

    View view(int i) { return views[i]; }

    boolean blends(int i) { return blends[i]; }

    int x1(int i) { return outlines[4 * i]; }

    int y1(int i) { return outlines[4 * i + 1]; }

    int x2(int i) { return outlines[4 * i + 2]; }

    int y2(int i) { return outlines[4 * i + 3]; }

    /** Whether an opaque view kept so far covers all of {@code o}: it paints every pixel of its outline. */
    private boolean hidden(Rect o) {
        for (int i = 0; i < count; i++)
            if (!blends[i] && x1(i) <= o.x() && y1(i) <= o.y() && o.right() <= x2(i) && o.bottom() <= y2(i)) return true;
        return false;
    }

    private void add(View v, Rect o, boolean blend) {
        if (count == views.length) {
            views = Arrays.copyOf(views, 2 * count);
            outlines = Arrays.copyOf(outlines, 8 * count);
            blends = Arrays.copyOf(blends, 2 * count);
        }
        views[count] = v;
        blends[count] = blend;
        outlines[4 * count] = o.x();
        outlines[4 * count + 1] = o.y();
        outlines[4 * count + 2] = o.right();
        outlines[4 * count + 3] = o.bottom();
        count++;
    }
}
