package org.jenode.layouter.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code <press key>} or {@code <release key>} node of the config: the stroke that leads here from
 * the node above, the action it triggers, and the strokes that may follow.
 */
public record KeyBinding(Stroke stroke, Optional<KeyAction> action, List<KeyBinding> next) {

    public KeyBinding { next = List.copyOf(next); }

    /** A key going down ({@code press}) or up, by its Linux code. */
    public record Stroke(boolean press, int code) { }

    /** The first binding among {@code bindings} for {@code stroke}, as Genode takes the first match. */
    static Optional<KeyBinding> find(List<KeyBinding> bindings, Stroke stroke) {
        for (KeyBinding b : bindings) if (b.stroke.equals(stroke)) return Optional.of(b);
        return Optional.empty();
    }
}
