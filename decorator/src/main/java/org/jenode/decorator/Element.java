package org.jenode.decorator;

import java.util.Arrays;
import java.util.Optional;

/** A part of a frame that the layouter may highlight ({@code <highlight>} in {@code window_layout}). */
public enum Element {
    TITLE("title"), LEFT("left"), RIGHT("right"), TOP("top"), BOTTOM("bottom"),
    TOP_LEFT("top_left"), TOP_RIGHT("top_right"), BOTTOM_LEFT("bottom_left"), BOTTOM_RIGHT("bottom_right"),
    CLOSER("closer"), MAXIMIZER("maximizer");

    private final String xmlName;

    Element(String xmlName) { this.xmlName = xmlName; }

    /** The element of a highlight sub-node; empty for names of later Genode versions (minimizer, ...). */
    static Optional<Element> named(String name) {
        return Arrays.stream(values()).filter(e -> e.xmlName.equals(name)).findFirst();
    }
}
