package org.jenode.terminal.model;

import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.model.JediTerminal;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;

/**
 * JediTerm's terminal, noting the key modes the program sets: JediTerm keeps them inside its own key
 * encoder, which works on AWT key codes; ours works on Linux key codes ({@code KeyEncoder}).
 */
final class ModeTrackingTerminal extends JediTerminal {

    private boolean applicationCursorKeys, applicationKeypad, bracketedPaste;

    ModeTrackingTerminal(TerminalDisplay display, TerminalTextBuffer buffer, StyleState styles) {
        super(display, buffer, styles);
    }

    @Override public void setApplicationArrowKeys(boolean enabled) {
        applicationCursorKeys = enabled;
        super.setApplicationArrowKeys(enabled);
    }

    @Override public void setApplicationKeypad(boolean enabled) {
        applicationKeypad = enabled;
        super.setApplicationKeypad(enabled);
    }

    @Override public void setBracketedPasteMode(boolean enabled) {
        bracketedPaste = enabled;
        super.setBracketedPasteMode(enabled);
    }

    Modes modes() { return new Modes(applicationCursorKeys, applicationKeypad, bracketedPaste); }
}
