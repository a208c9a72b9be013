package org.jenode.layouter.model;

import java.util.Optional;

/** What a key sequence does, under the names of the {@code action} attribute of {@code <press>}/{@code <release>}. */
public enum KeyAction {
    /** Focuses the window after the focused one in the focus history (Alt-Tab). */
    NEXT_WINDOW("next_window"),
    /** Focuses the window before the focused one (Alt-Shift-Tab). */
    PREV_WINDOW("prev_window"),
    RAISE_WINDOW("raise_window"),
    /** Maximizes the focused window, or restores it. */
    TOGGLE_FULLSCREEN("toggle_fullscreen"),
    /** Asks the focused window's client to close (a resize request to 0x0). */
    CLOSE("close");

    private final String xmlName;

    KeyAction(String xmlName) { this.xmlName = xmlName; }

    public static Optional<KeyAction> named(String name) {
        for (KeyAction a : values()) if (a.xmlName.equals(name)) return Optional.of(a);
        return Optional.empty();
    }
}
