package org.jenode.decorator;

import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;

/** How far something reaches out of a window's content rectangle on each side, in pixels. */
public record Margins(int top, int bottom, int left, int right) {

    public static final Margins NONE = new Margins(0, 0, 0, 0);
    /** More than any frame needs; bounds what a theme may claim. */
    public static final int MAX = 1024;

    public Margins {
        if (top < 0 || bottom < 0 || left < 0 || right < 0)
            throw new IllegalArgumentException("negative margins " + top + "/" + bottom + "/" + left + "/" + right);
    }

    /** The rectangle that {@code content} plus these margins cover. */
    public Rect around(Rect content) {
        return new Rect(content.x() - left, content.y() - top, content.width() + left + right, content.height() + top + bottom);
    }

    public Margins plus(Margins other) {
        return new Margins(top + other.top, bottom + other.bottom, left + other.left, right + other.right);
    }

    public boolean none() { return equals(NONE); }

    /** Reads {@code top bottom left right} (each defaulting to 0, at most {@link #MAX}) from {@code node}. */
    public static Margins of(XmlNode node) {
        int top = node.intAttribute("top", 0), bottom = node.intAttribute("bottom", 0);
        int left = node.intAttribute("left", 0), right = node.intAttribute("right", 0);
        for (int m : new int[] {top, bottom, left, right})
            if (m < 0 || m > MAX) throw node.error("margin " + m + " is not within 0.." + MAX);
        return new Margins(top, bottom, left, right);
    }

    /** As the {@code decorator_margins} report has it: {@code <floating top bottom left right/>}. */
    public XmlNode toXml(String type) {
        return XmlNode.builder(type).attribute("top", top).attribute("bottom", bottom)
                .attribute("left", left).attribute("right", right).build();
    }
}
