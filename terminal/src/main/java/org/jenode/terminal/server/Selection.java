package org.jenode.terminal.server;

import org.jenode.terminal.model.Line;
import org.jenode.terminal.model.TerminalModel;

/**
 * A stream selection from the cell where the mouse went down to where it is, both inclusive. Lines are
 * counted from the oldest scrollback line, which keeps a selection on the same text while output scrolls.
 */
record Selection(Position anchor, Position head) {

    /** A cell: line counted from the top of the scrollback, column. */
    record Position(int line, int column) implements Comparable<Position> {
        @Override public int compareTo(Position o) { return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column); }
    }

    Position start() { return anchor.compareTo(head) <= 0 ? anchor : head; }

    Position end() { return anchor.compareTo(head) <= 0 ? head : anchor; }

    boolean empty() { return anchor.equals(head); }

    boolean contains(int line, int column) {
        Position p = new Position(line, column);
        return p.compareTo(start()) >= 0 && p.compareTo(end()) <= 0;
    }

    /** The selected text; rows end with a newline unless the text wrapped there. */
    String text(TerminalModel model) {
        StringBuilder out = new StringBuilder();
        Position s = start(), e = end();
        for (int line = s.line(); line <= e.line(); line++) {
            Line l = model.line(line - model.historySize());
            int from = line == s.line() ? s.column() : 0;
            int to = line == e.line() ? e.column() + 1 : l.cells().size();
            out.append(l.text(from, to));
            if (line < e.line() && !l.wrapped()) out.append('\n');
        }
        return out.toString();
    }
}
