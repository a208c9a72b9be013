package org.jenode.nitpicker.server;

import java.util.List;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;

/** The physical screen: the driver's Framebuffer session, its pixels as a canvas, and refreshes. */
final class Display {

    private final FramebufferSession fb;
    private Canvas canvas;

    Display(FramebufferSession fb) {
        this.fb = fb;
        attach();
    }

    /** Takes the driver's current mode and buffer (the mode handshake's answer); returns the new size. */
    Area attach() {
        Mode m = fb.mode();
        canvas = new Canvas(fb.dataspace().ints(), m.width(), m.height());
        return m.area();
    }

    Area area() { return canvas.area(); }

    Canvas canvas() { return canvas; }

    void refresh(List<Rect> rects) { for (Rect r : rects) fb.refresh(r); }
}
