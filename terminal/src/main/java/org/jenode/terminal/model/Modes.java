package org.jenode.terminal.model;

/**
 * The terminal modes a program set that change what keys and pastes send.
 *
 * @param applicationCursorKeys DECCKM: arrows send {@code ESC O A} instead of {@code ESC [ A}
 * @param applicationKeypad     DECKPAM: the keypad sends {@code ESC O p}... instead of digits
 * @param bracketedPaste        mode 2004: a paste is framed by {@code ESC [ 200 ~} and {@code ESC [ 201 ~}
 */
public record Modes(boolean applicationCursorKeys, boolean applicationKeypad, boolean bracketedPaste) {

    public static final Modes DEFAULT = new Modes(false, false, false);
}
