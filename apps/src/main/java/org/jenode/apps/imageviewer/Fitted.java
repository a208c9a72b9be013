package org.jenode.apps.imageviewer;

import org.jenode.apps.common.Image;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;

/** A picture in a canvas of any size: as it is where it fits exactly, else scaled to fit and centred on a dark ground. */
final class Fitted {

    static final int GROUND = 0xff101418;

    private Fitted() { }

    static void paint(Canvas canvas, Image image) {
        canvas.clip(Rect.of(canvas.area()));
        if (canvas.width() == image.width() && canvas.height() == image.height()) {
            canvas.blit(image.canvas(), Point.ORIGIN, true);
            return;
        }
        canvas.fill(Rect.of(canvas.area()), GROUND);
        double f = Math.min((double) canvas.width() / image.width(), (double) canvas.height() / image.height());
        Image scaled = image.scaled(Math.max(1, (int) Math.round(image.width() * f)), Math.max(1, (int) Math.round(image.height() * f)));
        canvas.blit(scaled.canvas(), new Point((canvas.width() - scaled.width()) / 2, (canvas.height() - scaled.height()) / 2), true);
    }
}
