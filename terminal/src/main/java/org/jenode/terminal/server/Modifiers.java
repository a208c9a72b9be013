package org.jenode.terminal.server;

import org.jenode.input.Keycodes;

/** Which modifier keys are held, tracked from presses and releases. AltGr (right Alt) is no modifier here: it makes characters. */
final class Modifiers {

    private boolean leftShift, rightShift, leftCtrl, rightCtrl, alt;

    /** Notes a press or release of {@code code}; whether it was a modifier. */
    boolean track(int code, boolean pressed) {
        switch (code) {
            case Keycodes.KEY_LEFTSHIFT -> leftShift = pressed;
            case Keycodes.KEY_RIGHTSHIFT -> rightShift = pressed;
            case Keycodes.KEY_LEFTCTRL -> leftCtrl = pressed;
            case Keycodes.KEY_RIGHTCTRL -> rightCtrl = pressed;
            case Keycodes.KEY_LEFTALT -> alt = pressed;
            default -> { return false; }
        }
        return true;
    }

    boolean shift() { return leftShift || rightShift; }

    boolean ctrl() { return leftCtrl || rightCtrl; }

    boolean alt() { return alt; }

    /** The window lost the keyboard: nothing is held any more. */
    void releaseAll() { leftShift = rightShift = leftCtrl = rightCtrl = alt = false; }

    /** xterm's modifier parameter: 1 + shift + 2 alt + 4 ctrl. */
    int xtermParameter() { return 1 + (shift() ? 1 : 0) + (alt() ? 2 : 0) + (ctrl() ? 4 : 0); }
}
