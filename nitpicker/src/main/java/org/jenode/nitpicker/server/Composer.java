package org.jenode.nitpicker.server;

import java.nio.IntBuffer;

import org.jenode.base.Dataspace;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.Mode;

/**
 * Draws dirty rectangles back to front with occlusion clipping (Genode's recursive {@code draw_rec}):
 * the front-most view intersecting a rectangle is drawn once, the strips around it recurse to the views
 * behind; an alpha view first has what lies behind it drawn. Every pixel written is opaque (alpha 0xff).
 */
final class Composer {

    static final int KILL_COLOR = 0xffff0000;

    private final ViewStack stack;
    private final LabelPainter labels = new LabelPainter();
    private Canvas screen;
    private XrayMode mode = XrayMode.FLAT;
    private int background;

    private final ScreenState screenState;

    Composer(ViewStack stack, ScreenState screenState) {
        this.stack = stack;
        this.screenState = screenState;
    }

    void redraw(Canvas screen, Rect dirty, XrayMode mode, int background) {
        this.screen = screen;
        this.mode = mode;
        this.background = background;
        Rect old = screen.clip(dirty);
        drawFrom(screen.clip(), 0);
        if (mode != XrayMode.FLAT) drawLabels(dirty);
        screen.clip(old);
    }

    /** The screen area a view occupies including its X-ray frame. */
    Rect outline(View v, XrayMode m) {
        Rect a = stack.abs(v);
        if (m == XrayMode.FLAT || a.empty()) return a;
        return a.grown(frameWidth(v));
    }

    private int frameWidth(View v) {
        return switch (v.owner.domain.xray()) {
            case FRAME -> v.owner == stack.focused ? 5 : 3;
            case OPAQUE -> 1;
            case NO -> 0;
        };
    }

    private void drawFrom(Rect r, int from) {
        if (r.empty()) return;
        for (int i = from; i < stack.size(); i++) {
            View v = stack.get(i);
            if (!stack.shown(v)) continue;
            Rect area = outline(v, mode);
            Rect c = area.intersection(r);
            if (c.empty()) continue;
            for (Rect piece : r.minus(area)) drawFrom(piece, i + 1);
            if (blends(v)) drawFrom(c, i + 1);
            paint(v, c);
            return;
        }
        screen.fill(r, background);
    }

    private boolean blends(View v) {
        return v.owner.alpha() && (mode == XrayMode.FLAT || v.owner.domain.xray() == Domain.Xray.NO);
    }

    private void paint(View v, Rect c) {
        Rect abs = stack.abs(v);
        Rect old = screen.clip(c);
        Domain d = v.owner.domain;
        if (mode != XrayMode.FLAT && d.xray() != Domain.Xray.NO) paintFrame(v, abs);
        screen.clip(c.intersection(abs));
        Dataspace px = v.owner.pixels();
        if (mode != XrayMode.FLAT && d.xray() == Domain.Xray.OPAQUE) {
            screen.fill(abs, d.color() | 0xff000000);
        } else if (px == null) {
            screen.fill(abs, 0xff000000);
        } else {
            Mode m = v.owner.pixelMode();
            Point o = v.bufferOrigin(screenState);
            Rect shown = new Rect(o.x(), o.y(), m.width(), m.height());
            for (Rect outside : abs.minus(shown)) screen.fill(outside, 0xff000000);
            Canvas buffer = new Canvas(px.ints(), m.width(), m.height());
            if (blends(v)) screen.blitBlended(buffer, o);
            else screen.blit(buffer, o, true);
            if (mode == XrayMode.KILL) tint(screen.clip(), KILL_COLOR);
            else if (mode == XrayMode.XRAY && d.xray() != Domain.Xray.NO
                    && (stack.focused == null || stack.focused.domain != d)) tint(screen.clip(), d.color());
        }
        screen.clip(old);
    }

    /** 3 or 5 px: outer and inner ring black, the rings between in the domain colour. */
    private void paintFrame(View v, Rect abs) {
        int w = frameWidth(v);
        int color = v.owner.domain.color() | 0xff000000;
        for (int i = 1; i <= w; i++) {
            boolean edge = i == 1 || i == w;
            screen.drawRectFrame(abs.grown(w - i + 1), 1, edge && w > 1 ? 0xff000000 : color);
        }
    }

    /** {@code avr(mix, src)} with {@code mix = colour / 2}, per channel, as Genode's MIXED texture mode. */
    private void tint(Rect r, int color) {
        IntBuffer p = screen.pixels();
        int w = screen.width();
        int mr = ((color >> 16) & 0xff) / 2, mg = ((color >> 8) & 0xff) / 2, mb = (color & 0xff) / 2;
        for (int y = r.y(); y < r.bottom(); y++)
            for (int x = r.x(); x < r.right(); x++) {
                int s = p.get(y * w + x);
                int nr = (((s >> 16) & 0xff) + mr) / 2, ng = (((s >> 8) & 0xff) + mg) / 2, nb = ((s & 0xff) + mb) / 2;
                p.put(y * w + x, 0xff000000 | (nr << 16) | (ng << 8) | nb);
            }
    }

    private void drawLabels(Rect dirty) {
        for (View v : stack.views()) {
            if (!stack.shown(v) || v.parent != null) continue;
            Domain d = v.owner.domain;
            if (d.xray() != Domain.Xray.FRAME || !d.label()) continue;
            Rect at = labels.place(v, stack.visibleParts(v));
            if (at == null || !at.intersects(dirty)) continue;
            labels.draw(screen, v, at, d.color());
        }
    }
}
