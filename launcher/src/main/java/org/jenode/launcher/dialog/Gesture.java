package org.jenode.launcher.dialog;

/** What the user did to a menu entry (by its name), as {@link Clicks} reads the input. */
public sealed interface Gesture {

    /** The left button went down on it. */
    record Press(String name) implements Gesture { }

    /** The left button went down and up on it. */
    record Click(String name) implements Gesture { }

    /** The left button has been held on it for a while: the context row opens (Genode's way). */
    record Hold(String name) implements Gesture { }

    /** The right button went down on it: the context row opens at once. */
    record Secondary(String name) implements Gesture { }
}
