package org.jenode.apps.backdrop;

import org.jenode.base.xml.XmlNode;

/** Where an image sits on the screen, as the fraction of the free space left of and above it. */
public enum Anchor {
    TOP_LEFT(0, 0), TOP(1, 0), TOP_RIGHT(2, 0),
    LEFT(0, 1), CENTER(1, 1), RIGHT(2, 1),
    BOTTOM_LEFT(0, 2), BOTTOM(1, 2), BOTTOM_RIGHT(2, 2);

    private final int halvesX, halvesY;

    Anchor(int halvesX, int halvesY) {
        this.halvesX = halvesX;
        this.halvesY = halvesY;
    }

    /** The offset of an item of size {@code item} in a space of size {@code space}, on x. */
    public int x(int space, int item) { return (space - item) * halvesX / 2; }

    public int y(int space, int item) { return (space - item) * halvesY / 2; }

    /** The {@code anchor} attribute; centre by default (as Genode's backdrop). */
    public static Anchor of(XmlNode node) {
        String v = node.attribute("anchor", "center");
        for (Anchor a : values()) if (a.name().equalsIgnoreCase(v)) return a;
        throw node.error("anchor=\"" + v + "\" is not one of top_left, top, top_right, left, center, right, bottom_left, bottom, bottom_right");
    }
}
