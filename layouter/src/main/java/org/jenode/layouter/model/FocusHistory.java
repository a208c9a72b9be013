package org.jenode.layouter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The windows in the order they last had the focus, most recent first: Alt-Tab walks it forward,
 * Alt-Shift-Tab backward, both cyclically. A window that never had the focus comes last.
 */
public record FocusHistory(List<Integer> order) {

    public static final FocusHistory EMPTY = new FocusHistory(List.of());

    public FocusHistory { order = List.copyOf(order); }

    FocusHistory with(int id) {
        if (order.contains(id)) return this;
        List<Integer> next = new ArrayList<>(order);
        next.add(id);
        return new FocusHistory(next);
    }

    FocusHistory without(int id) {
        List<Integer> next = new ArrayList<>(order);
        next.remove(Integer.valueOf(id));
        return new FocusHistory(next);
    }

    /** {@code id} just got the focus. */
    FocusHistory focused(int id) {
        if (id == 0 || !order.contains(id)) return this;
        List<Integer> next = new ArrayList<>(order);
        next.remove(Integer.valueOf(id));
        next.addFirst(id);
        return new FocusHistory(next);
    }

    /** The eligible window after {@code id}, wrapping around; the first eligible one if {@code id} is not here; 0 if none. */
    int next(int id, IntPredicate eligible) { return step(id, 1, eligible); }

    /** The eligible window before {@code id}, wrapping around. */
    int prev(int id, IntPredicate eligible) { return step(id, -1, eligible); }

    /** The most recently focused eligible window, 0 if none. */
    int first(IntPredicate eligible) { return step(0, 1, eligible); }

    private int step(int id, int direction, IntPredicate eligible) {
        int n = order.size();
        int at = order.indexOf(id);
        int start = at < 0 ? (direction > 0 ? -1 : 0) : at;
        for (int i = 1; i <= n; i++) {
            int candidate = order.get(Math.floorMod(start + direction * i, n));
            if (candidate != id && eligible.test(candidate)) return candidate;
        }
        return at >= 0 && eligible.test(id) ? id : 0;
    }
}
