package org.jenode.decorator;

/** What the {@code hover} report says the pointer is over, in the order Genode writes them. */
public enum HoverElement {
    LEFT_SIZER("left_sizer"), RIGHT_SIZER("right_sizer"), TOP_SIZER("top_sizer"), BOTTOM_SIZER("bottom_sizer"),
    TITLE("title"), CLOSER("closer"), MAXIMIZER("maximizer");

    private final String xmlName;

    HoverElement(String xmlName) { this.xmlName = xmlName; }

    public String xmlName() { return xmlName; }
}
