package org.jenode.apps.clock;

import java.time.LocalTime;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/** Draws a clock face of {@code size} x {@code size} with the digital time in a strip below. */
public final class ClockPainter {

    static final int BG = 0xff1d2731, FACE = 0xffe8ecef, TICK = 0xff3a4652, HOUR = 0xff1d2731, SECOND = 0xffd03a2f,
            TEXT = 0xffe8ecef;

    private final int size;
    private final Font font;

    public ClockPainter(int size, Font font) {
        this.size = Math.max(40, size);
        this.font = font;
    }

    public Area area() { return new Area(size, size + font.height() + 6); }

    public void paint(Canvas canvas, LocalTime time) {
        canvas.clip(Rect.of(canvas.area()));
        canvas.fill(Rect.of(canvas.area()), BG);
        int c = size / 2, r = size / 2 - 4;
        disc(canvas, c, c, r, FACE);
        for (int i = 0; i < 12; i++) {
            double a = Math.toRadians(i * 30);
            line(canvas, c + Math.sin(a) * r * 0.82, c - Math.cos(a) * r * 0.82, c + Math.sin(a) * r * 0.95,
                    c - Math.cos(a) * r * 0.95, i % 3 == 0 ? 2 : 1, TICK);
        }
        double sec = time.getSecond(), min = time.getMinute() + sec / 60, hour = time.getHour() % 12 + min / 60;
        hand(canvas, c, hour * 30, r * 0.5, 3, HOUR);
        hand(canvas, c, min * 6, r * 0.75, 2, HOUR);
        hand(canvas, c, sec * 6, r * 0.85, 1, SECOND);
        disc(canvas, c, c, 3, SECOND);
        String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        canvas.text(font, (size - font.width(text)) / 2, size + 2, text, TEXT);
    }

    private static void hand(Canvas canvas, int c, double degrees, double length, int thickness, int color) {
        double a = Math.toRadians(degrees);
        line(canvas, c, c, c + Math.sin(a) * length, c - Math.cos(a) * length, thickness, color);
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
