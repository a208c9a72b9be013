package org.jenode.terminal.draw;

/**
 * A cell as it will look: character, resolved colours (0xRRGGBB, inverse and selection already applied)
 * and what is drawn over it. Two equal visual cells look the same, so only cells that differ from the last
 * frame are drawn again.
 *
 * @param width 1, 2 for a wide character (drawn across this cell and the next), 0 for a wide character's
 *              right half (drawn with its left half)
 */
public record VisualCell(int codepoint, int foreground, int background, boolean bold, boolean italic,
                         boolean underline, int width, CursorMark cursor) {

    /** How the cursor shows on a cell, if it is there. */
    public enum CursorMark { NONE, BLOCK, UNDERLINE, BAR, HOLLOW }
}
