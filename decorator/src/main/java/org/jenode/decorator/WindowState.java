package org.jenode.decorator;

import java.util.EnumSet;
import java.util.Set;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;

/**
 * One {@code <window>} of the {@code window_layout} ROM: the window's id, title, content geometry
 * (the frame lies outside it), raise counter, focus, whether its client draws with alpha, which window
 * controls the layouter grants it, and which frame elements it highlights.
 */
public record WindowState(int id, String title, Rect geometry, long topped, boolean focused, boolean hasAlpha,
                          boolean closer, boolean maximizer, Set<Element> highlight) {

    public static final String UNTITLED = "<untitled>";
    /** Genode's title capacity; a longer title is cut. */
    public static final int MAX_TITLE = 200;
    /** Far beyond any screen, near enough to zero that no frame arithmetic overflows. */
    public static final int MAX_COORDINATE = 1 << 24;

    public WindowState {
        highlight = highlight.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(highlight));
    }

    public boolean highlighted(Element e) { return highlight.contains(e); }

    /** Reads a {@code <window>} node; a missing or non-positive id or a negative size is an error at the node. */
    static WindowState parse(XmlNode node) {
        if (!node.has("id")) throw node.error("a window needs an id");
        int id = node.intAttribute("id", 0);
        if (id <= 0) throw node.error("window id " + id + " is not positive");
        int x = node.intAttribute("xpos", 0), y = node.intAttribute("ypos", 0);
        int width = node.intAttribute("width", 0), height = node.intAttribute("height", 0);
        if (width < 0 || height < 0) throw node.error("negative size " + width + "x" + height);
        if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE || width > MAX_COORDINATE || height > MAX_COORDINATE)
            throw node.error("geometry " + width + "x" + height + "+" + x + "+" + y + " is out of range");
        String title = node.attribute("title", UNTITLED);
        long topped = node.longAttribute("topped", 0);
        Set<Element> highlight = EnumSet.noneOf(Element.class);
        node.child("highlight").ifPresent(h -> h.children().forEach(c -> Element.named(c.type()).ifPresent(highlight::add)));
        return new WindowState(id, title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title,
                new Rect(x, y, width, height), topped,
                node.boolAttribute("focused", false), node.boolAttribute("has_alpha", false),
                node.boolAttribute("closer", false), node.boolAttribute("maximizer", false), highlight);
    }
}
