package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.ClipGuard;

/**
 * Draws dirty rectangles back to front with occlusion clipping (Genode's recursive {@code draw_rec}):
 * the front-most view intersecting a rectangle is drawn once, the strips around it recurse to the views
 * behind; an alpha view first has what lies behind it drawn. Every pixel written is opaque (alpha 0xff).
 */
final class Composer {

    static final int KILL_COLOR = 0xffff0000;
    private static final int BLACK = 0xff000000;

    /** What one frame is drawn with: the screen's pixels, the user's mode and the background colour. */
    record Frame(Canvas screen, UserMode mode, int background) {
        boolean flat() { return mode == UserMode.FLAT; }
    }

    private final ViewStack stack;
    private final ScreenState screen;
    private final Focus focus;
    private final LabelPainter labels = new LabelPainter();

    Composer(ViewStack stack, ScreenState screen, Focus focus) {
        this.stack = stack;
        this.screen = screen;
        this.focus = focus;
    }

    void redraw(Frame f, Rect dirty) {
        try (var _ = new ClipGuard(f.screen(), dirty)) {
            drawFrom(f, f.screen().clip(), 0);
            if (!f.flat()) drawLabels(f, dirty);
        }
    }

    private void drawFrom(Frame f, Rect r, int from) {
        if (r.empty()) return;
        for (int i = from; i < stack.size(); i++) {
            View v = stack.get(i);
            if (!stack.shown(v)) continue;
            Rect area = stack.outline(v);
            Rect c = area.intersection(r);
            if (c.empty()) continue;
            for (Rect piece : r.minus(area)) drawFrom(f, piece, i + 1);
            if (blends(f, v)) drawFrom(f, c, i + 1);
            paint(f, v, c);
            return;
        }
        f.screen().fill(r, f.background());
    }

    private boolean blends(Frame f, View v) {
        return v.owner().buffer().alpha() && (f.flat() || v.owner().domain().xray() == Domain.Xray.NO);
    }

    private void paint(Frame f, View v, Rect c) {
        Canvas s = f.screen();
        Rect abs = stack.abs(v);
        Domain d = v.owner().domain();
        try (var _ = new ClipGuard(s, c)) {
            if (!f.flat() && d.xray() != Domain.Xray.NO) paintFrame(s, v, abs);
            try (var _ = new ClipGuard(s, abs)) {
                ClientBuffer buffer = v.owner().buffer();
                if (!f.flat() && d.xray() == Domain.Xray.OPAQUE) {
                    s.fill(abs, d.color() | BLACK);
                } else if (!buffer.allocated()) {
                    s.fill(abs, BLACK);
                } else {
                    Point o = v.bufferOrigin(screen);
                    for (Rect outside : abs.minus(Rect.of(o, buffer.mode().area()))) s.fill(outside, BLACK);
                    if (blends(f, v)) s.blitBlended(buffer.canvas(), o);
                    else s.blit(buffer.canvas(), o, true);
                    if (f.mode() == UserMode.KILL) s.tint(abs, KILL_COLOR);
                    else if (f.mode() == UserMode.XRAY && d.xray() != Domain.Xray.NO && !focus.sameDomain(v.owner())) s.tint(abs, d.color());
                }
            }
        }
    }

    /** 3 or 5 px: outer and inner ring black, the rings between in the domain colour. */
    private void paintFrame(Canvas s, View v, Rect abs) {
        int w = stack.frameWidth(v);
        int color = v.owner().domain().color() | BLACK;
        for (int i = 1; i <= w; i++) {
            boolean edge = i == 1 || i == w;
            s.drawRectFrame(abs.grown(w - i + 1), 1, edge && w > 1 ? BLACK : color);
        }
    }

    private void drawLabels(Frame f, Rect dirty) {
        for (View v : stack.views()) {
            if (!stack.shown(v) || v.parent() != null) continue;
            Domain d = v.owner().domain();
            if (d.xray() != Domain.Xray.FRAME || !d.label()) continue;
            LabelPainter.place(labels.size(v), stack.visibleParts(v))
                    .filter(at -> at.intersects(dirty))
                    .ifPresent(at -> labels.draw(f.screen(), v, at, d.color()));
        }
    }
}
