package org.jenode.loader.server;

import java.util.function.Supplier;
import org.jenode.base.geometry.Point;
import org.jenode.input.InputEvent;
import org.jenode.input.InputQueue;

/**
 * Input from the real GUI session on its way to the subsystem (Genode's loader {@code input.h}):
 * positions move by where the subsystem thinks its view is minus where the client put it, so the
 * subsystem sees its own virtual screen. Everything else passes as it is.
 */
final class NestedInput {

    private final InputQueue subsystem;
    private final Supplier<Point> delta;

    NestedInput(InputQueue subsystem, Supplier<Point> delta) {
        this.subsystem = subsystem;
        this.delta = delta;
    }

    void handle(InputEvent e) {
        Point d = delta.get();
        subsystem.add(switch (e) {
            case InputEvent.AbsoluteMotion(int x, int y) -> new InputEvent.AbsoluteMotion(Saturated.add(x, d.x()), Saturated.add(y, d.y()));
            case InputEvent.Touch t -> t.at(Saturated.add(t.x(), d.x()), Saturated.add(t.y(), d.y()));
            default -> e;
        });
    }
}
