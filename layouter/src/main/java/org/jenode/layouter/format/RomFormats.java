package org.jenode.layouter.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.layouter.model.ClientWindow;
import org.jenode.layouter.model.Element;
import org.jenode.layouter.model.Hover;
import org.jenode.layouter.model.LayoutEvent.FocusRequest;
import org.jenode.layouter.model.Limits;
import org.jenode.layouter.model.Margins;

/**
 * The ROMs the layouter reads from its peers, in Genode's formats. A ROM that has no content yet reads
 * as {@code <empty/>} and means "nothing": no windows, no hover, no request. Anything malformed throws
 * an {@link XmlException} that names the ROM, line and column.
 */
public final class RomFormats {

    /** Titles are the client's words; longer ones are cut so that no client inflates every report. */
    static final int MAX_TITLE = 200;

    private RomFormats() { }

    /** {@code <window_list><window id label title width height has_alpha hidden resizeable/></window_list>}. */
    public static List<ClientWindow> windowList(XmlNode xml) {
        if (xml.is("empty")) return List.of();
        Attributes.expect(xml, "window_list");
        List<ClientWindow> windows = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (XmlNode w : xml.children("window")) {
            int id = id(w);
            if (id == 0) throw w.error("window without an id");
            if (!ids.add(id)) throw w.error("window id " + id + " appears twice");
            String title = w.attribute("title", "");
            windows.add(new ClientWindow(id, w.attribute("label", ""),
                    title.substring(0, Math.min(title.length(), MAX_TITLE)),
                    new Area(Attributes.size(w, "width", 0), Attributes.size(w, "height", 0)),
                    w.boolAttribute("has_alpha", false), w.boolAttribute("hidden", false),
                    w.boolAttribute("resizeable", false)));
        }
        return windows;
    }

    /** {@code <hover><window id><title/>|<closer/>|<maximizer/>|<left_sizer/>...</window></hover>}. */
    public static Hover hover(XmlNode xml) {
        if (xml.is("empty")) return Hover.NONE;
        Attributes.expect(xml, "hover");
        Optional<XmlNode> window = xml.child("window");
        if (window.isEmpty()) return Hover.NONE;
        XmlNode w = window.get();
        return new Hover(id(w), Element.of(w.hasChild("left_sizer"), w.hasChild("right_sizer"), w.hasChild("top_sizer"),
                w.hasChild("bottom_sizer"), w.hasChild("title"), w.hasChild("closer"), w.hasChild("maximizer")));
    }

    /** {@code <focus_request label="..." id="N"/>}; empty while nobody asked. */
    public static Optional<FocusRequest> focusRequest(XmlNode xml, boolean fresh) {
        if (xml.is("empty")) return Optional.empty();
        Attributes.expect(xml, "focus_request");
        return Optional.of(new FocusRequest(xml.attribute("label", ""), xml.longAttribute("id", 0), fresh));
    }

    /** {@code <decorator_margins><floating top bottom left right/></decorator_margins>}. */
    public static Margins margins(XmlNode xml) {
        if (xml.is("empty")) return Margins.NONE;
        Attributes.expect(xml, "decorator_margins");
        return xml.child("floating").map(f -> new Margins(Attributes.size(f, "top", 0), Attributes.size(f, "bottom", 0),
                Attributes.size(f, "left", 0), Attributes.size(f, "right", 0))).orElse(Margins.NONE);
    }

    /**
     * Nitpicker's {@code <displays><display xpos ypos width height/></displays>}: the screen is the
     * rectangle around all displays; empty while there is none (a display going away for a moment
     * does not pile every window into a corner).
     */
    public static Optional<Rect> screen(XmlNode xml) {
        if (xml.is("empty")) return Optional.empty();
        Attributes.expect(xml, "displays");
        Rect all = Rect.EMPTY;
        for (XmlNode d : xml.children("display")) {
            all = all.union(new Rect(Attributes.coord(d, "xpos"), Attributes.coord(d, "ypos"),
                    Attributes.size(d, "width", 0), Attributes.size(d, "height", 0)));
        }
        if (all.width() > Limits.MAX_SIZE || all.height() > Limits.MAX_SIZE)
            throw xml.error("displays span " + all.area() + ", more than " + Limits.MAX_SIZE + " pixels");
        return all.empty() ? Optional.empty() : Optional.of(all);
    }

    private static int id(XmlNode window) {
        long id = window.longAttribute("id", 0);
        if (id < 0 || id > Limits.MAX_ID) throw window.error("window id " + id + " is out of range");
        return (int) id;
    }
}
