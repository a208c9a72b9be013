package org.jenode.layouter.format;

import org.jenode.base.xml.XmlNode;
import org.jenode.layouter.model.Limits;

/**
 * Reading geometry from a peer's XML within {@link Limits}. Something that is not a number, or a
 * negative size, is malformed and fails with the node's location; a size beyond the limits is taken
 * as the limit, because a huge window is a client's choice, not a broken report.
 */
final class Attributes {

    private Attributes() { }

    static int size(XmlNode node, String name, int fallback) {
        long v = node.longAttribute(name, fallback);
        if (v < 0) throw node.error("attribute " + name + "=\"" + v + "\" is negative");
        return (int) Math.min(v, Limits.MAX_SIZE);
    }

    static int coord(XmlNode node, String name) {
        return Math.clamp(node.longAttribute(name, 0), -Limits.MAX_COORD, Limits.MAX_COORD);
    }

    static void expect(XmlNode node, String type) {
        if (!node.is(type)) throw node.error("expected <" + type + ">");
    }
}
