package org.jenode.input;

/**
 * One input event. Java 17 cannot switch over sealed types, so every event names its {@link Kind}:
 * {@code switch (event.kind())} as an expression is checked for exhaustiveness by the compiler.
 */
public sealed interface InputEvent {

    enum Kind { PRESS, RELEASE, ABSOLUTE_MOTION, RELATIVE_MOTION, WHEEL, TOUCH, TOUCH_RELEASE, FOCUS, LEAVE, CHARACTER }

    Kind kind();

    /** A key or button went down; {@code code} is a Linux key code. */
    record Press(int code) implements InputEvent {
        public Kind kind() { return Kind.PRESS; }
    }

    record Release(int code) implements InputEvent {
        public Kind kind() { return Kind.RELEASE; }
    }

    /** The pointer is at ({@code x}, {@code y}) in the receiver's coordinates. */
    record AbsoluteMotion(int x, int y) implements InputEvent {
        public Kind kind() { return Kind.ABSOLUTE_MOTION; }
    }

    record RelativeMotion(int dx, int dy) implements InputEvent {
        public Kind kind() { return Kind.RELATIVE_MOTION; }
    }

    /** Scroll steps with Linux's signs: positive {@code dy} scrolls up, positive {@code dx} right. */
    record Wheel(int dx, int dy) implements InputEvent {
        public Kind kind() { return Kind.WHEEL; }
    }

    /** Finger {@code id} touches at ({@code x}, {@code y}). */
    record Touch(int id, int x, int y) implements InputEvent {
        public Kind kind() { return Kind.TOUCH; }
    }

    record TouchRelease(int id) implements InputEvent {
        public Kind kind() { return Kind.TOUCH_RELEASE; }
    }

    /** The receiver gained ({@code true}) or lost the keyboard focus. */
    record Focus(boolean gained) implements InputEvent {
        public Kind kind() { return Kind.FOCUS; }
    }

    /** The pointer left the receiver's views. */
    record Leave() implements InputEvent {
        public Kind kind() { return Kind.LEAVE; }
    }

    /** A character the user typed, as the host's keymap produced it (Unicode code point). */
    record Character(int codepoint) implements InputEvent {
        public Kind kind() { return Kind.CHARACTER; }
    }
}
