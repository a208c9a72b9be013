package org.jenode.apps.nitfb;

import java.util.OptionalInt;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;

/**
 * Where the view is and how large its screen is, from the config's {@code xpos}, {@code ypos},
 * {@code width} and {@code height} over the binary's defaults; a size without a value follows nitpicker's mode.
 */
record Placement(Point position, OptionalInt width, OptionalInt height) {

    /** nit_fb's: at the origin, as large as nitpicker's screen. */
    static final Placement NIT_FB = new Placement(Point.ORIGIN, OptionalInt.empty(), OptionalInt.empty());

    /** {@code config}'s attributes over these defaults. */
    Placement with(XmlNode config) {
        return new Placement(new Point(config.intAttribute("xpos", position.x()), config.intAttribute("ypos", position.y())),
                size(config, "width", width), size(config, "height", height));
    }

    private static OptionalInt size(XmlNode config, String attribute, OptionalInt fallback) {
        if (!config.has(attribute)) return fallback;
        int v = config.intAttribute(attribute, 0);
        // a zero-sized screen would make the client divide by zero
        if (v < 1) throw config.error(attribute + "=\"" + v + "\" must be at least 1");
        return OptionalInt.of(v);
    }

    /** The mode of the virtual screen when nitpicker's screen is {@code screen}. */
    Mode mode(Mode screen) {
        return new Mode(width.orElse(screen.width()), height.orElse(screen.height()));
    }

    /** Whether the size depends on nitpicker's mode. */
    boolean followsScreen() { return width.isEmpty() || height.isEmpty(); }
}
