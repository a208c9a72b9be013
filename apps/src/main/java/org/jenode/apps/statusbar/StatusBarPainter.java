package org.jenode.apps.statusbar;

import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/**
 * Draws the bar: Genode's gradient over base {@code (colour + 100) / 2} (first line {@code c + c/2},
 * then {@code c -= 4} per line, last line {@code c/4}), then, centred, the domain name in white, a
 * 15 px gap and the label in {@code (colour + 255) / 2}.
 */
public final class StatusBarPainter {

    public static final int HEIGHT = 18;
    static final int GAP = 15;
    static final int DOMAIN_COLOR = 0xffffffff;

    private final Font font;

    public StatusBarPainter(Font font) { this.font = font; }

    public StatusBarPainter() { this(Font.ofSize(11)); }

    public void paint(Canvas canvas, FocusInfo focus) {
        gradient(canvas, focus.color());
        int total = font.width(focus.domain()) + (focus.domain().isEmpty() ? 0 : GAP) + font.width(focus.label());
        int x = Math.max(0, (canvas.width() - total) / 2);
        int y = (canvas.height() - font.height()) / 2;
        canvas.clip(new Rect(0, 0, canvas.width(), canvas.height()));
        if (!focus.domain().isEmpty()) {
            canvas.text(font, x, y, focus.domain(), DOMAIN_COLOR);
            x += font.width(focus.domain()) + GAP;
        }
        canvas.text(font, x, y, focus.label(), labelColor(focus.color()));
    }

    /** Where the label text starts, for tests and hit checks. */
    public int labelX(int width, FocusInfo focus) {
        int total = font.width(focus.domain()) + (focus.domain().isEmpty() ? 0 : GAP) + font.width(focus.label());
        int x = Math.max(0, (width - total) / 2);
        return focus.domain().isEmpty() ? x : x + font.width(focus.domain()) + GAP;
    }

    public Font font() { return font; }

    static int labelColor(int color) {
        return 0xff000000 | (mid(color >> 16, 255) << 16) | (mid(color >> 8, 255) << 8) | mid(color, 255);
    }

    private static int mid(int channel, int other) { return ((channel & 0xff) + other) / 2; }

    static void gradient(Canvas canvas, int color) {
        int r = mid(color >> 16, 100), g = mid(color >> 8, 100), b = mid(color, 100);
        int h = canvas.height();
        for (int y = 0; y < h; y++) {
            int lr, lg, lb;
            if (y == 0) {
                lr = Math.min(255, r + r / 2);
                lg = Math.min(255, g + g / 2);
                lb = Math.min(255, b + b / 2);
            } else if (y == h - 1) {
                lr = r / 4;
                lg = g / 4;
                lb = b / 4;
            } else {
                lr = r;
                lg = g;
                lb = b;
                if (r > 3) r -= 4;
                if (g > 3) g -= 4;
                if (b > 3) b -= 4;
            }
            canvas.fill(new Rect(0, y, canvas.width(), 1), 0xff000000 | (lr << 16) | (lg << 8) | lb);
        }
    }
}
