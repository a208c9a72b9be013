package org.jenode.decorator.motif;

import static org.jenode.decorator.motif.MotifGeometry.BORDER;

import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/**
 * Draws the motif look as Genode's decorator does: raised boxes (a white line at the top and left at
 * alpha 64, a black one at the bottom and right at alpha 127), corners bent around the border, the
 * title bar whitened line by line with alpha {@code 30 + (h - i) * 4}, and the title centred with a
 * black shadow at +1,+1.
 */
final class MotifPainter {

    private static final int BRIGHT = 0x40ffffff, DARK = 0x7f000000, SHADOW = 0x80000000;
    private static final int ICON = 0xe0ffffff;

    private final Font font = Font.ofSize(11);

    /** A horizontal line of {@code w} at (x, y): whole, or only its left and/or right {@code border} pixels. */
    private static void hline(Canvas c, int x, int y, int w, boolean atLeft, boolean atRight, int border, int color) {
        int x1 = atLeft ? x : x + w - border;
        int x2 = atRight ? x + w - 1 : x + border - 1;
        if (x2 >= x1) c.blend(new Rect(x1, y, x2 - x1 + 1, 1), color);
    }

    private static void vline(Canvas c, int x, int y, int h, boolean atTop, boolean atBottom, int border, int color) {
        int y1 = atTop ? y : y + h - border;
        int y2 = atBottom ? y + h - 1 : y + border - 1;
        if (y2 >= y1) c.blend(new Rect(x, y1, 1, y2 - y1 + 1), color);
    }

    private static void raisedFrame(Canvas c, Rect r) {
        if (r.empty()) return;
        hline(c, r.x(), r.y(), r.width(), true, true, 0, BRIGHT);
        vline(c, r.x(), r.y(), r.height(), true, true, 0, BRIGHT);
        hline(c, r.x(), r.bottom() - 1, r.width(), true, true, 0, DARK);
        vline(c, r.right() - 1, r.y(), r.height(), true, true, 0, DARK);
    }

    void raisedBox(Canvas c, Rect r, int color) {
        c.fill(r, color);
        raisedFrame(c, r);
    }

    void titleBox(Canvas c, Rect r, int color) {
        c.fill(r, color);
        for (int i = 0; i < r.height(); i++)
            c.blend(new Rect(r.x(), r.y() + i, r.width(), 1), (30 + (r.height() - i) * 4) << 24 | 0xffffff);
        raisedFrame(c, r);
    }

    /** A corner: the border bent around it, lit from the top left. */
    void corner(Canvas c, Rect r, boolean left, boolean top, int color) {
        boolean bottom = !top, right = !left;
        int x1 = r.x(), y1 = r.y(), x2 = r.right() - 1, y2 = r.bottom() - 1, w = r.width(), h = r.height();
        c.fill(new Rect(x1, top ? y1 : y2 - BORDER + 1, w, BORDER), color);
        c.fill(new Rect(left ? x1 : x2 - BORDER + 1, top ? y1 + BORDER : y1, BORDER, h - BORDER), color);
        hline(c, x1, y1, w, top || left, top || right, BORDER, BRIGHT);
        int y = top ? y1 + BORDER - 1 : y2 - BORDER + 1;
        hline(c, x1, y, w, right, left, w - BORDER, top ? DARK : BRIGHT);
        hline(c, x1, y2, w, bottom || left, bottom || right, BORDER, DARK);
        vline(c, x1, y1, h, left || top, left || bottom, BORDER, BRIGHT);
        int x = left ? x1 + BORDER - 1 : x2 - BORDER + 1;
        vline(c, x, y1, h, bottom, top, h - BORDER + 1, left ? DARK : BRIGHT);
        vline(c, x2, y1, h, right || top, right || bottom, BORDER, DARK);
    }

    /** The title centred in {@code r}, or from its left end if it does not fit; clipped to the box's inside. */
    void title(Canvas c, Rect r, String text, int titleColor) {
        int w = font.width(text), padding = 4;
        int x = w + 2 * padding > r.width() ? r.x() + padding : r.x() + (r.width() - w) / 2;
        int y = r.y() + (r.height() - font.height()) / 2 - 1;
        int alpha = (2 * 255 + ((titleColor >> 16) & 0xff)) / 3;
        Rect saved = c.clip(c.clip().intersection(r.grown(-1)));
        c.text(font, x + 1, y + 1, text, SHADOW);
        c.text(font, x, y, text, alpha << 24 | 0xffffff);
        c.clip(saved);
    }

    /** A window control: a title-bar box with a cross (closer) or a window outline (maximizer). */
    void control(Canvas c, Rect r, boolean closer, int color) {
        titleBox(c, r, color);
        int x = r.x() + 4, y = r.y() + 4;
        if (closer) {
            for (int i = 0; i < 8; i++) {
                c.blend(new Rect(x + i, y + i, 1, 1), ICON);
                c.blend(new Rect(x + 7 - i, y + i, 1, 1), ICON);
            }
        } else {
            c.blend(new Rect(x, y, 8, 2), ICON);
            c.blend(new Rect(x, y + 7, 8, 1), ICON);
            c.blend(new Rect(x, y + 2, 1, 5), ICON);
            c.blend(new Rect(x + 7, y + 2, 1, 5), ICON);
        }
    }
}
