package org.jenode.terminal.model;

import java.util.Optional;
import com.techsenger.jeditermfx.core.CursorShape;
import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import com.techsenger.jeditermfx.core.model.TerminalSelection;

/** What JediTerm tells its display, kept for the model's readers: title, cursor shape and visibility. */
final class JediDisplay implements TerminalDisplay {

    private String title = "";
    private Optional<CursorShape> cursorShape = Optional.empty();
    private boolean cursorVisible = true;
    private long changes;

    String title() { return title; }

    /** The shape the program set, if it set one. */
    Optional<CursorShape> cursorShape() { return cursorShape; }

    boolean cursorVisible() { return cursorVisible; }

    long changes() { return changes; }

    @Override public void setCursor(int x, int y) { changes++; }

    @Override public void setCursorShape(CursorShape shape) {
        cursorShape = Optional.ofNullable(shape);
        changes++;
    }

    @Override public void beep() { }

    @Override public void scrollArea(int top, int bottom, int lines) { changes++; }

    @Override public void setCursorVisible(boolean visible) {
        cursorVisible = visible;
        changes++;
    }

    @Override public void useAlternateScreenBuffer(boolean enabled) { changes++; }

    @Override public String getWindowTitle() { return title; }

    @Override public void setWindowTitle(String newTitle) {
        title = newTitle == null ? "" : newTitle;
        changes++;
    }

    @Override public TerminalSelection getSelection() { return null; }

    @Override public void terminalMouseModeSet(MouseMode mode) { }

    @Override public void setMouseFormat(MouseFormat format) { }

    @Override public boolean ambiguousCharsAreDoubleWidth() { return false; }
}
