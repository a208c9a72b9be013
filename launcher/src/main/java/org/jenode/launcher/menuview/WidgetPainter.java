package org.jenode.launcher.menuview;

import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;

/** Draws placed widgets onto a canvas, parents before children. */
final class WidgetPainter {

    private WidgetPainter() { }

    static void paint(Canvas canvas, Placed placed) {
        Rect r = placed.rect();
        switch (placed.widget()) {
            case Widget.Frame _ -> {
                canvas.fill(r, Style.FRAME);
                canvas.drawRectFrame(r, Style.FRAME_BORDER, Style.FRAME_EDGE);
            }
            case Widget.Button b -> {
                canvas.fill(r, Style.button(b.hovered(), b.selected()));
                canvas.drawRectFrame(r, 1, Style.BUTTON_EDGE);
            }
            case Widget.Label l -> {
                Font font = Style.font(l.style());
                Rect old = canvas.clip();
                canvas.clip(r.intersection(old));
                canvas.text(font, r.x(), r.y(), l.text(), Style.color(l.style()));
                canvas.clip(old);
            }
            case Widget.Icon i -> i.image().ifPresentOrElse(image -> canvas.blitBlended(image, r.position()),
                    () -> canvas.drawRectFrame(r, 1, Style.BUTTON_EDGE));
            case Widget.Bar b -> {
                canvas.fill(r, Style.BAR_TRACK);
                int filled = (int) ((long) r.width() * b.percent() / 100);
                canvas.fill(new Rect(r.x(), r.y(), filled, r.height()), b.percent() >= 90 ? Style.BAR_FULL : Style.BAR_FILL);
            }
            case Widget.VBox _, Widget.HBox _ -> { }
        }
        for (Placed child : placed.children()) paint(canvas, child);
    }

    /** The whole dialog on a fresh canvas of its size, for tests and for the component. */
    static Canvas render(Placed dialog) {
        Canvas c = Canvas.of(new int[Math.max(1, dialog.rect().width() * dialog.rect().height())], Math.max(1, dialog.rect().width()),
                Math.max(1, dialog.rect().height()));
        paint(c, dialog);
        return c;
    }

}
