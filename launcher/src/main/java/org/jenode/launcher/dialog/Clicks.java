package org.jenode.launcher.dialog;

import java.util.Optional;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * The menu's buttons as Genode's launcher reads them ({@code Menu_dialog::handle_input_event}): a
 * press of the left button, the first key of a sequence, on the hovered entry; a click when it is
 * released over the same entry; a hold when the long-press timer fires while it is still down on it.
 */
public final class Clicks {

    /** How long a press must last to open the context row, in microseconds (Genode's 500 ms). */
    public static final long HOLD_US = 500_000;

    private int held;
    private String pressedOn = "";
    private boolean inProgress;

    /** What {@code e} means, {@code hovered} being the name under the pointer. */
    public Optional<Gesture> input(InputEvent e, String hovered) {
        return switch (e) {
            case InputEvent.Press(int code) -> {
                held++;
                if (held != 1 || hovered.isEmpty()) yield Optional.empty();
                if (code == Keycodes.BTN_RIGHT) yield Optional.of(new Gesture.Secondary(hovered));
                if (code != Keycodes.BTN_LEFT) yield Optional.empty();
                pressedOn = hovered;
                inProgress = true;
                yield Optional.of(new Gesture.Press(hovered));
            }
            case InputEvent.Release _ -> {
                held = Math.max(0, held - 1);
                if (held > 0 || !inProgress) yield Optional.empty();
                inProgress = false;
                yield pressedOn.equals(hovered) ? Optional.of(new Gesture.Click(hovered)) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /** The long-press timer fired. */
    public Optional<Gesture> holdElapsed(String hovered) {
        if (!inProgress || !pressedOn.equals(hovered)) return Optional.empty();
        inProgress = false;
        return Optional.of(new Gesture.Hold(hovered));
    }
}
