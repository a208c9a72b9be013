package org.jenode.wm;

import org.jenode.base.RamAccount;
import org.jenode.base.geometry.Point;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputQueue;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * What the layouter hears (Genode 15.08's {@code window_layouter_input} and click handler) and the
 * {@code pointer} report the decorator reads: every event of the decorator's real session, unchanged,
 * in screen coordinates; and for a left click into a window a motion to the click and a click, so that
 * the layouter can raise and focus the window. Clicks into windows carry no other client input.
 *
 * <p>It also tells when the last key or button held on the decorator is released: nitpicker refuses a
 * focus change while one is held, and the layouter hands out the focus on the press that raises a window
 * (or on Alt-Tab, while Alt is down), so the wm gives it again then (Genode's layouter reports the focus
 * anew on the release; ours reports only what changed).
 */
final class LayouterInput {

    private final InputQueue queue;
    private final Reporter pointer;
    private final Runnable released;
    /** Keys and buttons held on the decorator's session. */
    private int held;
    /** Whether the decorator saw the last motion; only then does its leave mean "no window under the pointer". */
    private boolean decoratorMoved = true;

    /** {@code released} runs when the last key or button held on the decorator goes up. */
    LayouterInput(RamAccount ram, Reporter pointer, Runnable released) {
        this.queue = new InputQueue(ram, InputQueue.DEFAULT_CAPACITY);
        this.pointer = pointer;
        this.released = released;
    }

    /** The layouter's Input session (shared by every layouter session, as in Genode). */
    InputQueue queue() { return queue; }

    void decoratorEvent(InputEvent e) {
        switch (e) {
            case InputEvent.AbsoluteMotion(int x, int y) -> {
                decoratorMoved = true;
                report(new Point(x, y));
            }
            case InputEvent.Leave _ -> {
                if (decoratorMoved) pointer.report(XmlNode.builder("pointer").build());
            }
            case InputEvent.Press _ -> held++;
            case InputEvent.Release _ -> {
                if (held > 0 && --held == 0) released.run();
            }
            default -> { }
        }
        queue.add(e);
    }

    /** The pointer entered a window's content at {@code at} (screen coordinates). */
    void entered(Point at) {
        decoratorMoved = false;
        report(at);
    }

    /** The user pressed the left button into a window's content at {@code at}. */
    void clicked(Point at) {
        report(at);
        queue.add(new InputEvent.AbsoluteMotion(at.x(), at.y()));
        queue.add(new InputEvent.Press(Keycodes.BTN_LEFT));
        queue.add(new InputEvent.Release(Keycodes.BTN_LEFT));
    }

    private void report(Point at) {
        pointer.report(XmlNode.builder("pointer").attribute("xpos", at.x()).attribute("ypos", at.y()).build());
    }

    void close() { queue.close(); }
}
