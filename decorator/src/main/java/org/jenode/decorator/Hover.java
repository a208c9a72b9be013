package org.jenode.decorator;

import java.util.EnumSet;
import java.util.Set;
import org.jenode.base.xml.XmlNode;

/**
 * Which window and which of its frame elements the pointer is over. A corner is two sizers; a point of
 * a window that is no frame element (its content) names the window alone.
 */
public record Hover(int windowId, Set<HoverElement> elements) {

    /** Nothing is hovered: {@code <hover/>}. */
    public static final Hover NONE = new Hover(0, Set.of());

    public Hover {
        elements = elements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elements));
    }

    public static Hover of(int windowId, HoverElement... elements) {
        return new Hover(windowId, elements.length == 0 ? Set.of() : EnumSet.of(elements[0], elements));
    }

    /** Genode's format: {@code <hover><window id="1"><left_sizer/><top_sizer/></window></hover>}. */
    public XmlNode toXml() {
        XmlNode.Builder hover = XmlNode.builder("hover");
        if (windowId == 0) return hover.build();
        XmlNode.Builder window = XmlNode.builder("window").attribute("id", windowId);
        for (HoverElement e : HoverElement.values()) if (elements.contains(e)) window.child(XmlNode.builder(e.xmlName()));
        return hover.child(window).build();
    }
}
