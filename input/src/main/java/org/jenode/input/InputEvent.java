package org.jenode.input;

/** One input event; switch over it with a pattern-matching {@code switch}, which the compiler checks. */
public sealed interface InputEvent {

    /** A key or button went down; {@code code} is a Linux key code. */
    record Press(int code) implements InputEvent { }

    record Release(int code) implements InputEvent { }

    /** The pointer is at ({@code x}, {@code y}) in the receiver's coordinates. */
    record AbsoluteMotion(int x, int y) implements InputEvent { }

    record RelativeMotion(int dx, int dy) implements InputEvent { }

    /** Scroll steps with Linux's signs: positive {@code dy} scrolls up, positive {@code dx} right. */
    record Wheel(int dx, int dy) implements InputEvent { }

    /**
     * Finger {@code id} touches at ({@code x}, {@code y}) in the receiver's coordinates, where the driver's
     * calibration put it. ({@code rawX}, {@code rawY}) is where the panel reported it, which no calibration,
     * clamping or translation touches on the way: what a calibration tool fits from.
     */
    record Touch(int id, int x, int y, int rawX, int rawY) implements InputEvent {

        /** A touch as a panel reports it, before any calibration: at its raw position. */
        public Touch(int id, int x, int y) { this(id, x, y, x, y); }

        /** The same touch at ({@code x}, {@code y}) of another receiver's coordinates; the raw position stays. */
        public Touch at(int x, int y) { return new Touch(id, x, y, rawX, rawY); }
    }

    record TouchRelease(int id) implements InputEvent { }

    /** The receiver gained ({@code true}) or lost the keyboard focus. */
    record Focus(boolean gained) implements InputEvent { }

    /** The pointer left the receiver's views. */
    record Leave() implements InputEvent { }

    /** A character the user typed, as the host's keymap produced it (Unicode code point). */
    record Character(int codepoint) implements InputEvent { }
}
