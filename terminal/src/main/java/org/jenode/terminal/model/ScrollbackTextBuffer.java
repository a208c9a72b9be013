package org.jenode.terminal.model;

import java.util.List;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.LinesBuffer;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.CharUtils;

/**
 * JediTerm's screen buffer with the scrollback in a {@link Scrollback} ring of ours. A line scrolling off
 * the top of the normal screen (the hot path: every newline at the bottom) goes straight into the ring,
 * and the screen's list of lines is shifted once (without a model-change event: the model counts a change
 * per feed anyway). The few other ways JediTerm moves lines into its own history (erasing the display, a
 * smaller screen, a new width) leave them there until the next look at the history, which moves them into
 * the ring behind the lines already in it, so the order holds. JediTerm's history therefore holds at most
 * a screen's worth, and only briefly.
 *
 * <p>The alternate screen has no scrollback (as in xterm): what scrolls off it is dropped. A new width
 * reflows the scrollback through JediTerm's history ({@link #resizing}); on the alternate screen the
 * scrollback keeps its old width, JediTerm reflowing the hidden normal screen without it.
 */
final class ScrollbackTextBuffer extends TerminalTextBuffer {

    private final Scrollback scrollback;
    private final StyleState styles;
    private long scrolled;

    ScrollbackTextBuffer(int columns, int lines, StyleState styles, int scrollback) {
        // JediTerm bounds its own history by the scrollback too (0 would mean none at all to it), which matters
        // only while a reflow has the whole scrollback in it
        super(columns, lines, styles, Math.max(1, scrollback), null);
        this.scrollback = new Scrollback(scrollback);
        this.styles = styles;
    }

    /** How many lines the whole screen has scrolled up so far; scrolling down counts negative. */
    long scrolled() { return scrolled; }

    @Override public void scrollArea(int top, int dy, int bottom) {
        if (top == 1 && bottom == getHeight()) scrolled -= dy;
        if (dy >= 0 || top != 1) {
            super.scrollArea(top, dy, bottom);
            return;
        }
        takeJediTermHistory();
        LinesBuffer screen = getScreenBuffer();
        if (screen.getLineCount() > bottom) { // lines below the region stay where they are: JediTerm's way
            keep(deleteLines(0, -dy, bottom));
            return;
        }
        // JediTerm's deleteLines would do the same with five copies of the screen's list and four lists more
        int off = Math.min(-dy, screen.getLineCount());
        keep(screen, off);
        screen.removeTopLines(off);
        TextStyle blank = styles.getCurrent().createEmptyWithColors();
        for (int i = 0; i < off; i++) screen.addNewLine(blank, new CharBuffer(CharUtils.NUL_CHAR, getWidth()));
    }

    private void keep(LinesBuffer off) { keep(off, off.getLineCount()); }

    /** The first {@code count} lines of {@code lines} scrolled off: into the ring (on the alternate screen, away). */
    private void keep(LinesBuffer lines, int count) {
        if (isUsingAlternateBuffer()) return;
        for (int i = 0; i < count; i++) scrollback.add(lines.getLine(i));
    }

    @Override public int getHistoryLinesCount() {
        takeJediTermHistory();
        return isUsingAlternateBuffer() ? 0 : scrollback.size();
    }

    @Override public TerminalLine getLine(int index) {
        if (index >= 0) return super.getLine(index);
        int age = -index - 1;
        return age < getHistoryLinesCount() ? scrollback.fromNewest(age) : TerminalLine.createEmpty();
    }

    @Override public void clearHistory() {
        scrollback.clear();
        super.clearHistory();
    }

    @Override public void clearScreenAndHistoryBuffers() {
        scrollback.clear();
        super.clearScreenAndHistoryBuffers();
    }

    @Override public void useAlternateBuffer(boolean enabled) {
        takeJediTermHistory(); // before the switch: JediTerm swaps the history it has with the screens
        super.useAlternateBuffer(enabled);
    }

    /**
     * Runs {@code resize} (JediTerm's, which reflows for a new width what its history and screen hold) with
     * the scrollback in JediTerm's history, then takes it back, reflowed.
     */
    void resizing(boolean newWidth, Runnable resize) {
        takeJediTermHistory();
        if (newWidth && !isUsingAlternateBuffer()) {
            List<TerminalLine> lines = scrollback.takeAll();
            getHistoryBuffer().addLines(lines);
        }
        resize.run();
        takeJediTermHistory();
    }

    /** Moves what JediTerm put into its own history into the ring (into nothing on the alternate screen). */
    private void takeJediTermHistory() {
        LinesBuffer jediTerm = getHistoryBuffer();
        int count = jediTerm.getLineCount();
        if (count == 0) return;
        keep(jediTerm, count);
        jediTerm.clearAll();
    }
}
