package org.jenode.terminal.model;

import java.util.ArrayList;
import java.util.List;
import com.techsenger.jeditermfx.core.model.TerminalLine;

/**
 * The lines that scrolled off the top of the screen, oldest first, at most {@code capacity} of them: a
 * ring, so that a line going in (and the oldest going out once it is full) costs the same however long
 * the scrollback is. JediTerm's own history is an {@code ArrayList} trimmed from the front, a copy of the
 * whole scrollback per scrolled line. The array grows by doubling up to the capacity, so that a large
 * configured scrollback costs memory only once it is used.
 */
final class Scrollback {

    private static final int FIRST_ARRAY = 64;

    private final int capacity;
    private TerminalLine[] lines = new TerminalLine[0];
    /** Where the oldest line is. */
    private int head;
    private int size;

    Scrollback(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity " + capacity + " < 0");
        this.capacity = capacity;
    }

    int size() { return size; }

    /** Appends {@code line} as the newest; the oldest goes if the ring is full. */
    void add(TerminalLine line) {
        if (capacity == 0) return;
        if (size == lines.length && size < capacity) grow();
        if (size < lines.length) {
            lines[(head + size) % lines.length] = line;
            size++;
        } else {
            lines[head] = line;
            head = (head + 1) % lines.length;
        }
    }

    private void grow() {
        TerminalLine[] bigger = new TerminalLine[(int) Math.min(capacity, Math.max(FIRST_ARRAY, 2L * lines.length))];
        for (int i = 0; i < size; i++) bigger[i] = lines[(head + i) % lines.length];
        lines = bigger;
        head = 0;
    }

    /** The line {@code age} lines before the newest (0: the newest), {@code 0 <= age < size()}. */
    TerminalLine fromNewest(int age) {
        if (age < 0 || age >= size) throw new IndexOutOfBoundsException("line " + age + " of a scrollback of " + size);
        return lines[(head + size - 1 - age) % lines.length];
    }

    /** Takes every line out, oldest first. */
    List<TerminalLine> takeAll() {
        List<TerminalLine> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) all.add(lines[(head + i) % lines.length]);
        clear();
        return all;
    }

    /** Drops every line, and the array with them: a cleared scrollback gives its memory back. */
    void clear() {
        lines = new TerminalLine[0];
        head = 0;
        size = 0;
    }
}
