package org.jenode.nitpicker.server;

import java.util.List;

import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/**
 * The X-ray label: session label in white, a 5 px gap, the view title in the domain colour, with a 1 px
 * black outline, placed inside the visible part of the view. The session label comes first and is drawn
 * by nitpicker, so no title can hide or fake it.
 */
final class LabelPainter {

    static final int GAP = 5;
    private final Font font = Font.ofSize(11);

    int width(View v) {
        return font.width(v.owner.label) + (v.title.isEmpty() ? 0 : GAP + font.width(v.title)) + 2;
    }

    int height() { return font.height() + 2; }

    /** Where the label goes: centred in a visible part it fits, else left in the widest one; null if none. */
    Rect place(View v, List<Rect> visible) {
        int w = width(v), h = height();
        Rect widest = null;
        for (Rect r : visible) {
            if (r.width() >= w && r.height() >= h) return new Rect(r.x() + (r.width() - w) / 2, r.y(), w, h);
            if (widest == null || r.width() > widest.width()) widest = r;
        }
        return widest == null ? null : new Rect(widest.x(), widest.y(), Math.min(w, widest.width()), Math.min(h, widest.height()));
    }

    void draw(Canvas c, View v, Rect at, int domainColor) {
        Rect old = c.clip(c.clip().intersection(at));
        int x = at.x() + 1, y = at.y() + 1;
        for (int dx = -1; dx <= 1; dx++)
            for (int dy = -1; dy <= 1; dy++)
                if (dx != 0 || dy != 0) text(c, v, x + dx, y + dy, 0xff000000, 0xff000000);
        text(c, v, x, y, 0xffffffff, domainColor | 0xff000000);
        c.clip(old);
    }

    private void text(Canvas c, View v, int x, int y, int labelColor, int titleColor) {
        font.draw(c, x, y, v.owner.label, labelColor);
        if (!v.title.isEmpty()) font.draw(c, x + font.width(v.owner.label) + GAP, y, v.title, titleColor);
    }
}
