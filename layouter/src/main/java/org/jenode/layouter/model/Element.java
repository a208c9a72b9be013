package org.jenode.layouter.model;

/**
 * A part of a window's decoration, as the decorator's {@code hover} report names it and the
 * {@code <highlight>} of {@code window_layout} echoes it. A sizer names the edges it moves: dragging
 * {@link #TOP_LEFT} moves the top and the left edge and keeps the bottom-right corner in place.
 */
public enum Element {
    NONE(""), TITLE("title"), CLOSER("closer"), MAXIMIZER("maximizer"),
    LEFT("left"), RIGHT("right"), TOP("top"), BOTTOM("bottom"),
    TOP_LEFT("top_left"), TOP_RIGHT("top_right"), BOTTOM_LEFT("bottom_left"), BOTTOM_RIGHT("bottom_right");

    private final String xmlName;

    Element(String xmlName) { this.xmlName = xmlName; }

    /** The node name in {@code <highlight>}; empty for {@link #NONE}. */
    public String xmlName() { return xmlName; }

    public boolean left() { return this == LEFT || this == TOP_LEFT || this == BOTTOM_LEFT; }

    public boolean right() { return this == RIGHT || this == TOP_RIGHT || this == BOTTOM_RIGHT; }

    public boolean top() { return this == TOP || this == TOP_LEFT || this == TOP_RIGHT; }

    public boolean bottom() { return this == BOTTOM || this == BOTTOM_LEFT || this == BOTTOM_RIGHT; }

    public boolean sizer() { return left() || right() || top() || bottom(); }

    /** The element the decorator means by a set of hovered sub-nodes; sizers win over the title, as in Genode. */
    public static Element of(boolean left, boolean right, boolean top, boolean bottom,
                             boolean title, boolean closer, boolean maximizer) {
        if (left) return top ? TOP_LEFT : bottom ? BOTTOM_LEFT : LEFT;
        if (right) return top ? TOP_RIGHT : bottom ? BOTTOM_RIGHT : RIGHT;
        if (top) return TOP;
        if (bottom) return BOTTOM;
        if (title) return TITLE;
        if (closer) return CLOSER;
        if (maximizer) return MAXIMIZER;
        return NONE;
    }
}
