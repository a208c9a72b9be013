package org.jenode.terminal.model;

/**
 * A character cell.
 *
 * @param codepoint the character, {@code ' '} for an empty cell
 * @param width     1, 2 for the left half of a wide character, 0 for its right half
 */
public record Cell(int codepoint, Style style, int width) {

    public static final Cell BLANK = new Cell(' ', Style.DEFAULT, 1);
}
