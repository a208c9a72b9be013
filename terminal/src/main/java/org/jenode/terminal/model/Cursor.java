package org.jenode.terminal.model;

/** Where the cursor is (0-based cell on the screen), whether it shows, and how the program wants it drawn. */
public record Cursor(int column, int row, boolean visible, Shape shape, boolean blinking) {

    /** DECSCUSR's shapes. */
    public enum Shape { BLOCK, UNDERLINE, BAR }
}
