package org.jenode.layouter.format;

import java.util.Optional;
import org.jenode.base.xml.XmlNode;
import org.jenode.layouter.model.Element;
import org.jenode.layouter.model.Grab;
import org.jenode.layouter.model.Layout;
import org.jenode.layouter.model.Window;

/**
 * What the layouter publishes, rendered from the layout alone (Genode's formats):
 *
 * <ul>
 *   <li>{@code window_layout}, for the decorator: the visible windows front-most first, with content
 *       geometry, {@code topped}, {@code focused}, the controls and the {@code <highlight>}
 *   <li>{@code resize_request}, for the wm: the windows whose client is asked for another size (0x0: to close)
 *   <li>{@code focus}, for the wm: {@code <window id/>}, 0 when nothing is focused
 *   <li>{@code rules}, for the layouter itself: where every window is
 * </ul>
 */
public record Reports(XmlNode windowLayout, XmlNode resizeRequest, XmlNode focus, XmlNode rules) {

    public static Reports of(Layout layout) {
        XmlNode.Builder windowLayout = XmlNode.builder("window_layout");
        XmlNode.Builder resizeRequest = XmlNode.builder("resize_request");
        for (Window w : layout.windows()) {
            if (!w.client().hidden()) windowLayout.child(window(layout, w));
            if (w.resizePending()) {
                resizeRequest.child(XmlNode.builder("window").attribute("id", w.id())
                        .attribute("width", w.requested().width()).attribute("height", w.requested().height()));
            }
        }
        XmlNode focus = XmlNode.builder("focus").child(XmlNode.builder("window").attribute("id", layout.focused())).build();
        return new Reports(windowLayout.build(), resizeRequest.build(), focus, RulesFormat.render(layout.rules()));
    }

    private static XmlNode window(Layout layout, Window w) {
        XmlNode.Builder xml = XmlNode.builder("window").attribute("id", w.id()).attribute("title", w.client().caption())
                .attribute("xpos", w.position().x()).attribute("ypos", w.position().y())
                .attribute("width", w.size().width()).attribute("height", w.size().height())
                .attribute("topped", w.topped());
        if (layout.focused() == w.id()) xml.attribute("focused", true);
        if (w.client().hasAlpha()) xml.attribute("has_alpha", true);
        if (w.client().resizeable()) xml.attribute("maximizer", true);
        xml.attribute("closer", true);
        highlight(layout, w).ifPresent(xml::child);
        return xml.build();
    }

    /** The element being dragged (pressed), or else the hovered one. */
    private static Optional<XmlNode> highlight(Layout layout, Window w) {
        if (layout.grab() instanceof Grab.Drag d && d.window() == w.id()) {
            return Optional.of(XmlNode.builder("highlight")
                    .child(XmlNode.builder(d.element().xmlName()).attribute("pressed", true)).build());
        }
        if (layout.hover().window() == w.id() && layout.hover().element() != Element.NONE) {
            return Optional.of(XmlNode.builder("highlight").child(XmlNode.builder(layout.hover().element().xmlName())).build());
        }
        return Optional.empty();
    }
}
