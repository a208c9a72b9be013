package org.jenode.nitpicker.server;

import java.util.List;
import java.util.Optional;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.ClipGuard;
import org.jenode.base.gfx.Font;

/**
 * The X-ray label: session label in white, a 5 px gap, the view title in the domain colour, with a 1 px
 * black outline, placed inside the visible part of the view. The session label comes first and is drawn
 * by nitpicker, so no title can hide or fake it.
 */
final class LabelPainter {

    static final int GAP = 5;
    private final Font font = Font.ofSize(11);

    /** The label's size, its outline included. */
    Area size(View v) {
        String label = v.owner().label(), title = v.title();
        return new Area(font.width(label) + (title.isEmpty() ? 0 : GAP + font.width(title)) + 2, font.height() + 2);
    }

    /**
     * Where a label of {@code size} goes: centred at the top of the first visible part it fits in, else
     * at the top left of the widest part, cut to it (so the start of the session label stays readable).
     */
    static Optional<Rect> place(Area size, List<Rect> visible) {
        int w = size.width(), h = size.height();
        Rect widest = null;
        for (Rect r : visible) {
            if (r.width() >= w && r.height() >= h) return Optional.of(new Rect(r.x() + (r.width() - w) / 2, r.y(), w, h));
            if (widest == null || r.width() > widest.width()) widest = r;
        }
        if (widest == null) return Optional.empty();
        return Optional.of(new Rect(widest.x(), widest.y(), Math.min(w, widest.width()), Math.min(h, widest.height())));
    }

    void draw(Canvas c, View v, Rect at, int domainColor) {
        try (var _ = new ClipGuard(c, at)) {
            int x = at.x() + 1, y = at.y() + 1;
            for (int dx = -1; dx <= 1; dx++)
                for (int dy = -1; dy <= 1; dy++)
                    if (dx != 0 || dy != 0) text(c, v, x + dx, y + dy, 0xff000000, 0xff000000);
            text(c, v, x, y, 0xffffffff, domainColor | 0xff000000);
        }
    }

    private void text(Canvas c, View v, int x, int y, int labelColor, int titleColor) {
        String label = v.owner().label();
        font.draw(c, x, y, label, labelColor);
        if (!v.title().isEmpty()) font.draw(c, x + font.width(label) + GAP, y, v.title(), titleColor);
    }
}
