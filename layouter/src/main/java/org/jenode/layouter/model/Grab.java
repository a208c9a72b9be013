package org.jenode.layouter.model;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * What the left button is doing. A press lands on the element the decorator reported as hovered; when
 * the press arrives before the hover report (a click into an unfocused window's content, which the wm
 * forwards together with the pointer position that the decorator has yet to answer), it stays
 * {@link Unresolved} until the next hover report names the window.
 */
public sealed interface Grab {

    /** The button is up, or the press was on nothing of ours. */
    record Free() implements Grab { }

    /** Pressed at {@code at}, over a window not yet known; {@code released} once the button went up again. */
    record Unresolved(Point at, boolean released) implements Grab { }

    /** Pressed on {@code element} of {@code window} at {@code clicked}, when its content was {@code origin}. */
    record Drag(int window, Element element, Point clicked, Rect origin) implements Grab {

        /** The offset of the pointer since the press. */
        public Point offset(Point pointer) { return pointer.minus(clicked); }
    }

    Grab FREE = new Free();
}
