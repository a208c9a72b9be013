package org.jenode.terminal.model;

import java.util.List;

/**
 * One row of cells. A wide character occupies two cells: the first with width 2, the second with width 0.
 *
 * @param wrapped whether the text continues on the next row (it was wrapped, not ended by a newline)
 */
public record Line(List<Cell> cells, boolean wrapped) {

    public Line {
        cells = List.copyOf(cells);
    }

    /** The characters of {@code from..to} (exclusive), trailing blanks dropped, for copying. */
    public String text(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, cells.size()); i++) {
            Cell c = cells.get(i);
            if (c.width() > 0) s.appendCodePoint(c.codepoint());
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.substring(0, end);
    }
}
