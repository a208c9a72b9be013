package org.jenode.nitpicker.server;

import java.util.function.Supplier;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.ClipGuard;

/**
 * Nitpicker's own arrow, drawn over every frame while no session of an {@code origin="pointer"} domain has
 * views (and the config does not turn it off), and what a pointer move marks for redraw: the arrow's old
 * and new place and the views that follow the pointer.
 */
final class PointerOverlay {

    private final ScreenState screen;
    private final ViewStack stack;
    private final SessionRegistry sessions;
    private final Supplier<Policy> policy;
    private Rect drawn = Rect.EMPTY;

    PointerOverlay(ScreenState screen, ViewStack stack, SessionRegistry sessions, Supplier<Policy> policy) {
        this.screen = screen;
        this.stack = stack;
        this.sessions = sessions;
        this.policy = policy;
    }

    void moved(Point from) {
        stack.dirty(drawn);
        Point by = from.minus(screen.pointer());
        for (ClientSession s : sessions.all())
            if (s.domain().origin() == Domain.Origin.POINTER)
                for (View v : s.views()) if (stack.stacked(v)) stack.dirtyMoved(v, by);
        stack.dirty(arrow());
    }

    /** Draws the arrow where it overlaps {@code r}, if nitpicker draws one. */
    void draw(Canvas c, Rect r) {
        if (!policy.get().drawPointer() || clientPointer()) return;
        try (var _ = new ClipGuard(c, r)) {
            PointerShape.draw(c, screen.pointer());
        }
        drawn = arrow();
    }

    private boolean clientPointer() {
        for (ClientSession s : sessions.all()) if (s.domain().origin() == Domain.Origin.POINTER && !s.views().isEmpty()) return true;
        return false;
    }

    private Rect arrow() { return new Rect(screen.pointer().x(), screen.pointer().y(), PointerShape.WIDTH, PointerShape.HEIGHT); }
}
