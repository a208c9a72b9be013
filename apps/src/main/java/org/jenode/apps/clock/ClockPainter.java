package org.jenode.apps.clock;

import java.time.LocalTime;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/**
 * Draws a clock into a canvas of any size: the largest face that fits above a strip with the digital
 * time, both centred. {@link #area} is the size that shows a face of a given diameter.
 */
public final class ClockPainter {

    static final int BG = 0xff1d2731, FACE = 0xffe8ecef, TICK = 0xff3a4652, HOUR = 0xff1d2731, SECOND = 0xffd03a2f,
            TEXT = 0xffe8ecef;
    /** The smallest face drawn; a smaller canvas shows part of it. */
    static final int MIN_FACE = 40;

    private final Font font;

    public ClockPainter(Font font) { this.font = font; }

    /** The canvas size that shows a face of {@code face} pixels (at least {@link #MIN_FACE}) with the time below. */
    public Area area(int face) {
        int size = Math.max(MIN_FACE, face);
        return new Area(size, size + strip());
    }

    /** The smallest window that shows the whole clock. */
    public Area minimum() { return area(MIN_FACE); }

    public void paint(Canvas canvas, LocalTime time) {
        canvas.clip(Rect.of(canvas.area()));
        canvas.fill(Rect.of(canvas.area()), BG);
        int size = Math.max(MIN_FACE, Math.min(canvas.width(), canvas.height() - strip()));
        int left = (canvas.width() - size) / 2, top = Math.max(0, (canvas.height() - strip() - size) / 2);
        int cx = left + size / 2, cy = top + size / 2, r = size / 2 - 4;
        disc(canvas, cx, cy, r, FACE);
        for (int i = 0; i < 12; i++) {
            double a = Math.toRadians(i * 30);
            line(canvas, cx + Math.sin(a) * r * 0.82, cy - Math.cos(a) * r * 0.82, cx + Math.sin(a) * r * 0.95,
                    cy - Math.cos(a) * r * 0.95, i % 3 == 0 ? 2 : 1, TICK);
        }
        double sec = time.getSecond(), min = time.getMinute() + sec / 60, hour = time.getHour() % 12 + min / 60;
        hand(canvas, cx, cy, hour * 30, r * 0.5, 3, HOUR);
        hand(canvas, cx, cy, min * 6, r * 0.75, 2, HOUR);
        hand(canvas, cx, cy, sec * 6, r * 0.85, 1, SECOND);
        disc(canvas, cx, cy, 3, SECOND);
        String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        canvas.text(font, (canvas.width() - font.width(text)) / 2, top + size + 2, text, TEXT);
    }

    /** The strip below the face that holds the digital time. */
    private int strip() { return font.height() + 6; }

    private static void hand(Canvas canvas, int cx, int cy, double degrees, double length, int thickness, int color) {
        double a = Math.toRadians(degrees);
        line(canvas, cx, cy, cx + Math.sin(a) * length, cy - Math.cos(a) * length, thickness, color);
    }

    /** A line as a run of small squares: plain and good enough at clock sizes. */
    private static void line(Canvas canvas, double x0, double y0, double x1, double y1, int thickness, int color) {
        int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))) + 1;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            int x = (int) Math.round(x0 + (x1 - x0) * t) - thickness / 2, y = (int) Math.round(y0 + (y1 - y0) * t) - thickness / 2;
            canvas.fill(new Rect(x, y, thickness, thickness), color);
        }
    }

    private static void disc(Canvas canvas, int cx, int cy, int r, int color) {
        for (int dy = -r; dy <= r; dy++) {
            int dx = (int) Math.sqrt((double) r * r - dy * dy);
            canvas.fill(new Rect(cx - dx, cy + dy, 2 * dx + 1, 1), color);
        }
    }
}
