package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.ClipGuard;

/**
 * Draws dirty rectangles back to front with occlusion clipping (Genode's recursive {@code draw_rec}):
 * the front-most view intersecting a rectangle is drawn once, the strips around it recurse to the views
 * behind; an alpha view first has what lies behind it drawn. Every pixel written is opaque (alpha 0xff).
 * The recursion runs over the {@link VisibleViews} only, so views hidden behind an opaque one cost nothing
 * but their collection. A client's buffer that is gone under a frame (the runtime frees a donation's memory
 * only when its session ends, so this is a defence, not a path) paints black and is reported to the
 * {@link BufferGone} hearer, never a fault of nitpicker.
 */
final class Composer {

    /** Hears of a session whose buffer could not be read while a frame was drawn. */
    interface BufferGone {
        void gone(ClientSession owner);
    }

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
    private final VisibleViews visible = new VisibleViews();
    private final BufferGone bufferGone;

    Composer(ViewStack stack, ScreenState screen, Focus focus, BufferGone bufferGone) {
        this.stack = stack;
        this.screen = screen;
        this.focus = focus;
        this.bufferGone = bufferGone;
    }

    void redraw(Frame f, Rect dirty) {
        try (var _ = new ClipGuard(f.screen(), dirty)) {
            Rect c = f.screen().clip();
            visible.collect(stack, f.flat(), c);
            drawFrom(f, c, c.x(), c.y(), c.right(), c.bottom(), 0);
            if (!f.flat()) drawLabels(f, dirty);
        }
    }

    /**
     * Draws {@code [x1, y1, x2, y2)}, a part of the redraw's clip {@code whole}, from visible view {@code from}
     * back: the front-most view reaching it is painted where it does, after what lies behind it if it blends,
     * and the strips around it (above, left, right, below, as Genode's {@code Rect::cut}) recurse to the
     * views behind. The canvas's clip is set from ints and put back to {@code whole}: no piece allocates.
     */
    private void drawFrom(Frame f, Rect whole, int x1, int y1, int x2, int y2, int from) {
        if (x1 >= x2 || y1 >= y2) return;
        for (int i = from; i < visible.count(); i++) {
            int vx1 = Math.max(x1, visible.x1(i)), vy1 = Math.max(y1, visible.y1(i));
            int vx2 = Math.min(x2, visible.x2(i)), vy2 = Math.min(y2, visible.y2(i));
            if (vx1 >= vx2 || vy1 >= vy2) continue;
            drawFrom(f, whole, x1, y1, x2, vy1, i + 1);
            drawFrom(f, whole, x1, vy1, vx1, vy2, i + 1);
            drawFrom(f, whole, vx2, vy1, x2, vy2, i + 1);
            drawFrom(f, whole, x1, vy2, x2, y2, i + 1);
            if (visible.blends(i)) drawFrom(f, whole, vx1, vy1, vx2, vy2, i + 1);
            f.screen().clip(vx1, vy1, vx2 - vx1, vy2 - vy1);
            paint(f, visible.view(i), visible.blends(i), vx1, vy1, vx2, vy2);
            f.screen().clip(whole.x(), whole.y(), whole.width(), whole.height());
            return;
        }
        f.screen().clip(x1, y1, x2 - x1, y2 - y1);
        f.screen().fill(whole, f.background());
        f.screen().clip(whole.x(), whole.y(), whole.width(), whole.height());
    }

    /** Paints view {@code v} into the canvas's clip, the piece {@code [x1, y1, x2, y2)} of its outline. */
    private void paint(Frame f, View v, boolean blends, int x1, int y1, int x2, int y2) {
        Canvas s = f.screen();
        Rect abs = stack.abs(v);
        Domain d = v.owner().domain();
        if (!f.flat() && d.xray() != Domain.Xray.NO) {
            paintFrame(s, v, abs);
            int ax1 = Math.max(x1, abs.x()), ay1 = Math.max(y1, abs.y());
            s.clip(ax1, ay1, Math.min(x2, abs.right()) - ax1, Math.min(y2, abs.bottom()) - ay1);
        }
        ClientBuffer buffer = v.owner().buffer();
        if (!f.flat() && d.xray() == Domain.Xray.OPAQUE) {
            s.fill(abs, d.color() | BLACK);
        } else if (!buffer.allocated()) {
            s.fill(abs, BLACK);
        } else {
            Point o = v.bufferOrigin(screen);
            Rect pixels = Rect.of(o, buffer.mode().area());
            if (!pixels.contains(abs)) for (Rect outside : abs.minus(pixels)) s.fill(outside, BLACK);
            try {
                if (blends) s.blitBlended(buffer.canvas(), o);
                else s.blit(buffer.canvas(), o, true);
            } catch (IllegalStateException e) { // the memory was freed: its arena is closed
                s.fill(abs, BLACK);
                bufferGone.gone(v.owner());
                return;
            }
            if (f.mode() == UserMode.KILL) s.tint(abs, KILL_COLOR);
            else if (f.mode() == UserMode.XRAY && d.xray() != Domain.Xray.NO && !focus.sameDomain(v.owner())) s.tint(abs, d.color());
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
