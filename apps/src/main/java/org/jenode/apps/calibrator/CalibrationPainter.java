package org.jenode.apps.calibrator;

import java.util.Optional;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/** Draws the calibration screen: the current crosshair, the progress, and a message line. */
final class CalibrationPainter {

    static final int BACKGROUND = 0xff101820;
    static final int CROSS = 0xffffffff;
    static final int TEXT = 0xffd0d8e0;
    static final int ERROR = 0xffff6060;
    static final int SUCCESS = 0xff60e070;
    static final int ARM = 15;

    private final Font font = Font.ofSize(16);

    /** @param message what happened last (a rejection's reason, "calibrated"); {@code error} colours it */
    void paint(Canvas canvas, Optional<Point> target, int step, int total, String message, boolean error) {
        canvas.fill(Rect.of(canvas.area()), BACKGROUND);
        target.ifPresent(t -> crosshair(canvas, t));
        int lineHeight = font.height() + 4;
        int y = canvas.height() / 2 - lineHeight;
        if (target.isPresent()) {
            centred(canvas, y, "Touch the centre of the cross (" + (step + 1) + " of " + total + ")", TEXT);
        }
        if (!message.isEmpty()) centred(canvas, y + lineHeight, message, error ? ERROR : SUCCESS);
    }

    private void centred(Canvas canvas, int y, String text, int argb) {
        canvas.text(font, Math.max(0, (canvas.width() - font.width(text)) / 2), y, text, argb);
    }

    private static void crosshair(Canvas canvas, Point t) {
        canvas.fill(new Rect(t.x() - ARM, t.y(), 2 * ARM + 1, 1), CROSS);
        canvas.fill(new Rect(t.x(), t.y() - ARM, 1, 2 * ARM + 1), CROSS);
        canvas.drawRectFrame(new Rect(t.x() - 5, t.y() - 5, 11, 11), 1, CROSS);
    }
}
