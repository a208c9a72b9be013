package org.jenode.layouter.model;

/** What the pointer is over, as the decorator reports it: a window (0 = none) and one of its elements. */
public record Hover(int window, Element element) {

    public static final Hover NONE = new Hover(0, Element.NONE);

    public boolean any() { return window != 0; }
}
