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
 */
final class LayouterInput {

    private final InputQueue queue;
    private final Reporter pointer;
    /** Whether the decorator saw the last motion; only then does its leave mean "no window under the pointer". */
    private boolean decoratorMoved = true;

    LayouterInput(RamAccount ram, Reporter pointer) {
        this.queue = new InputQueue(ram, InputQueue.DEFAULT_CAPACITY);
        this.pointer = pointer;
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
