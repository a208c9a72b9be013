package org.jenode.wm;

import java.util.function.Function;
import org.jenode.base.geometry.Point;
import org.jenode.input.InputQueue;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * Input from a client's real session on its way to the client: positions become window coordinates
 * (the pointer relative to where the decorator put the content, plus where the client thinks the
 * window is), so the client sees what it would see without the wm. While a key or button is held,
 * every position is translated for the window that got the press, even outside it.
 */
final class WindowInput {

    private final InputQueue client;
    private final LayouterInput layouter;
    private final Function<Point, TopLevelView> windowAt;
    private int held;
    private TopLevelView grabbed;
    private Point last;
    private boolean inside;

    WindowInput(InputQueue client, LayouterInput layouter, Function<Point, TopLevelView> windowAt) {
        this.client = client;
        this.layouter = layouter;
        this.windowAt = windowAt;
    }

    void handle(InputEvent e) {
        switch (e) {
            case InputEvent.AbsoluteMotion(int x, int y) -> {
                last = new Point(x, y);
                if (!inside) layouter.entered(last);
                inside = true;
                Point p = translated(last);
                client.add(new InputEvent.AbsoluteMotion(p.x(), p.y()));
            }
            case InputEvent.Touch t -> {
                last = new Point(t.x(), t.y());
                pressed(Keycodes.BTN_TOUCH);
                Point p = translated(last);
                client.add(t.at(p.x(), p.y()));
            }
            case InputEvent.Press(int code) -> {
                pressed(code);
                client.add(e);
            }
            case InputEvent.Release _, InputEvent.TouchRelease _ -> {
                held = Math.max(0, held - 1);
                if (held == 0) grabbed = null;
                client.add(e);
            }
            case InputEvent.Leave _ -> {
                inside = false;
                client.add(e);
            }
            default -> client.add(e);
        }
    }

    private void pressed(int code) {
        if (held++ == 0 && last != null) grabbed = windowAt.apply(last);
        if (code == Keycodes.BTN_LEFT && last != null) layouter.clicked(last);
    }

    private Point translated(Point screen) {
        TopLevelView w = held > 0 && grabbed != null ? grabbed : windowAt.apply(screen);
        if (w == null) return screen;
        return screen.minus(w.content.position()).plus(w.geometry.position());
    }
}
