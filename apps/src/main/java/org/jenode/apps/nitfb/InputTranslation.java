package org.jenode.apps.nitfb;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.input.InputEvent;

/**
 * nit_fb's client sees positions relative to the view's origin, clamped to its screen, as Genode's
 * nit_fb translated them; a touch's raw panel position passes untouched, and what has no position too.
 */
record InputTranslation(Point origin, Area screen) {

    InputEvent apply(InputEvent event) {
        return switch (event) {
            case InputEvent.AbsoluteMotion(int x, int y) -> new InputEvent.AbsoluteMotion(clampX(x), clampY(y));
            case InputEvent.Touch t -> t.at(clampX(t.x()), clampY(t.y()));
            case InputEvent.Press _, InputEvent.Release _, InputEvent.RelativeMotion _, InputEvent.Wheel _,
                 InputEvent.TouchRelease _, InputEvent.Focus _, InputEvent.Leave _, InputEvent.Character _ -> event;
        };
    }

    private int clampX(int x) { return Math.clamp((long) x - origin.x(), 0, Math.max(0, screen.width() - 1)); }

    private int clampY(int y) { return Math.clamp((long) y - origin.y(), 0, Math.max(0, screen.height() - 1)); }
}
