package org.jenode.terminal.model;

import org.jenode.terminal.TerminalSession;

/**
 * A terminal emulator as the terminal component uses it: bytes from the program in, a grid of styled
 * cells, a cursor and a title out. Rows {@code 0..size().lines()-1} are the screen; rows
 * {@code -1..-historySize()} are the scrollback, newest first. Kept this small so that the emulator
 * core behind it ({@link JediTermModel}) can be replaced.
 *
 * <p>Not thread-safe: one owner (the terminal's entrypoint) feeds and reads it.
 */
public interface TerminalModel {

    /** Interprets {@code length} bytes of program output (UTF-8 text and escape sequences). */
    void feed(byte[] bytes, int offset, int length);

    /** New columns and lines; the screen content reflows, what no longer fits goes to the scrollback. */
    void resize(TerminalSession.Size size);

    TerminalSession.Size size();

    /** Lines in the scrollback now (none while the alternate screen is shown). */
    int historySize();

    /** Row {@code row} of the screen, or of the scrollback for negative rows. */
    Line line(int row);

    Cursor cursor();

    /** The window title the program set with OSC 0 or 2, or empty. */
    String title();

    /** The modes that change what keys send. */
    Modes modes();

    /** Whether a full-screen program switched to the alternate screen (which has no scrollback). */
    boolean alternateScreen();

    /**
     * How many lines the whole screen (a scroll region from its first line to its last) has scrolled up so
     * far, scrolling down counting negative: a painter that showed the screen when this was {@code n} can
     * move those pixels up by {@code scrolled() - n} lines instead of drawing them again.
     */
    long scrolled();

    /**
     * How many changes happened so far: a counter that grows whenever the grid, cursor or title may have
     * changed, so that a painter can tell whether to look again.
     */
    long changes();
}
