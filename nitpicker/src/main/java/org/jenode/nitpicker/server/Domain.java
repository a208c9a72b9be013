package org.jenode.nitpicker.server;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;

/**
 * A {@code <domain>} of the config: the layer, coordinate origin, screen area and X-ray look that all
 * sessions of the domain share.
 */
public record Domain(String name, int layer, Origin origin, int xpos, int ypos, int width, int height,
                     Xray xray, int color, boolean clickFocus, boolean label, Hover hover) {

    public enum Origin { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, POINTER }

    /** How the domain looks in X-ray mode; NO also exempts it from tinting and motion filtering. */
    public enum Xray { FRAME, OPAQUE, NO }

    /**
     * Who gets motion while no key is held. XRAY_FILTERED, without the attribute, is 14.11: the pointed
     * session, except in X-ray mode where only the focused one and {@code xray="no"} domains do. The
     * later {@code hover} attribute replaces that filter: {@code always}, or {@code focused}, only while
     * a session of the same domain has the focus.
     */
    public enum Hover { XRAY_FILTERED, ALWAYS, FOCUSED }

    /** Sessions without a domain: behind everything, pinned to the origin, a 0x0 screen. */
    public static final Domain NONE = new Domain("", Integer.MAX_VALUE, Origin.TOP_LEFT, 0, 0, -1_000_000, -1_000_000,
            Xray.FRAME, 0xffffffff, true, true, Hover.XRAY_FILTERED);

    static Domain parse(XmlNode n) {
        if (!n.has("layer")) throw n.error("<domain> needs a layer");
        String x = n.attribute("xray", "frame");
        Xray xray = switch (x) {
            case "no", "none" -> Xray.NO;
            case "opaque" -> Xray.OPAQUE;
            default -> Xray.FRAME;
        };
        Origin origin = switch (n.attribute("origin", "top_left")) {
            case "top_right" -> Origin.TOP_RIGHT;
            case "bottom_left" -> Origin.BOTTOM_LEFT;
            case "bottom_right" -> Origin.BOTTOM_RIGHT;
            case "pointer" -> Origin.POINTER;
            default -> Origin.TOP_LEFT;
        };
        Hover hover = switch (n.attribute("hover", "")) {
            case "" -> Hover.XRAY_FILTERED;
            case "always" -> Hover.ALWAYS;
            case "focused" -> Hover.FOCUSED;
            default -> throw n.error("hover=\"" + n.attribute("hover", "") + "\" must be always or focused");
        };
        return new Domain(n.required("name"), n.intAttribute("layer", 0), origin, n.intAttribute("xpos", 0),
                n.intAttribute("ypos", 0), n.intAttribute("width", 0), n.intAttribute("height", 0), xray,
                n.colorAttribute("color", 0xffffffff), !n.attribute("focus", "click").equals("none"),
                n.boolAttribute("label", true), hover);
    }

    /** Screen position of the domain's (0,0): {@code phys_pos} of the spec. */
    public Point origin(Area screen, Point pointer) {
        Point corner = switch (origin) {
            case TOP_LEFT -> Point.ORIGIN;
            case TOP_RIGHT -> new Point(screen.width(), 0);
            case BOTTOM_LEFT -> new Point(0, screen.height());
            case BOTTOM_RIGHT -> new Point(screen.width(), screen.height());
            case POINTER -> pointer;
        };
        return corner.plus(new Point(xpos, ypos));
    }

    /** The screen as the domain's sessions see it. */
    public Area area(Area screen) {
        return new Area(size(width, screen.width()), size(height, screen.height()));
    }

    private static int size(int configured, int physical) {
        if (configured > 0) return configured;
        return Math.max(0, physical + configured);
    }
}
