package org.jenode.terminal.model;

import java.util.Optional;

/**
 * Where the cursor is (0-based cell on the screen), whether it shows, and the look the program asked for
 * with DECSCUSR, if it asked.
 */
public record Cursor(int column, int row, boolean visible, Optional<Look> look) {

    public enum Shape { BLOCK, UNDERLINE, BAR }

    public record Look(Shape shape, boolean blinking) { }
}
