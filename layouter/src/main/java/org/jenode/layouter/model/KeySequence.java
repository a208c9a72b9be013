package org.jenode.layouter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.layouter.model.KeyBinding.Stroke;

/**
 * Where the user is in a key sequence (Genode's {@code Key_sequence_tracker}): the strokes since the
 * first key went down, each key at most once. A stroke follows the bindings from the top along this
 * path; a press of a key already in the path first drops that key's earlier strokes, so that holding
 * Alt and pressing Tab again triggers {@code next_window} again. A release that no binding expects just
 * takes its key out of the path.
 */
public record KeySequence(List<Stroke> path) {

    /** Longer sequences lose their oldest strokes: nobody presses 64 keys on purpose. */
    static final int MAX_STROKES = 64;

    public static final KeySequence EMPTY = new KeySequence(List.of());

    public KeySequence { path = List.copyOf(path); }

    /** The sequence after {@code stroke} and the action it triggers, if any. */
    public record Step(KeySequence next, Optional<KeyAction> action) { }

    public Step apply(Stroke stroke, List<KeyBinding> bindings) {
        List<Stroke> strokes = new ArrayList<>(path);
        if (stroke.press()) {
            strokes.remove(stroke);
            strokes.remove(new Stroke(false, stroke.code()));
        }
        Optional<KeyBinding> match = at(strokes, bindings).flatMap(b -> KeyBinding.find(b, stroke));
        if (stroke.press() || match.isPresent()) strokes.add(stroke);
        else strokes.remove(new Stroke(true, stroke.code()));
        while (strokes.size() > MAX_STROKES) strokes.removeFirst();
        return new Step(new KeySequence(strokes), match.flatMap(KeyBinding::action));
    }

    /** The bindings that may follow {@code strokes}, if the strokes are a path through {@code bindings}. */
    private static Optional<List<KeyBinding>> at(List<Stroke> strokes, List<KeyBinding> bindings) {
        List<KeyBinding> level = bindings;
        for (Stroke s : strokes) {
            Optional<KeyBinding> b = KeyBinding.find(level, s);
            if (b.isEmpty()) return Optional.empty();
            level = b.get().next();
        }
        return Optional.of(level);
    }
}
