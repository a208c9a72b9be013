package org.jenode.terminal.server;

import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.terminal.draw.Palette;
import org.jenode.terminal.model.Cursor;

/**
 * The terminal's config, read once at start.
 *
 * @param fontSize   font size in pixels ({@code font_size}, default 14)
 * @param scrollback lines kept above the screen ({@code scrollback}, default 10000)
 * @param cursor     the cursor's shape until a program sets one ({@code cursor}: block, underline, bar)
 * @param blink      whether that cursor blinks ({@code cursor_blink}, default yes)
 * @param position   where the view goes without a window manager ({@code xpos}, {@code ypos})
 * @param width      the window's width in pixels ({@code width}); 0: the size nitpicker's mode says
 * @param height     the window's height in pixels ({@code height}); 0: as for width
 * @param title      the window title until a program sets one ({@code title}, default "Terminal")
 * @param palette    the colours ({@code <palette>}, see {@link Palette#of})
 * @param reportScreen whether to publish the {@code screen} report ({@code <report screen="yes"/>})
 * @param gui        whether to draw in a nitpicker window even where Framebuffer and Input are routed
 *                   ({@code gui}, default no: Genode 14.x-15.x's terminal drew on those)
 */
record TerminalConfig(int fontSize, int scrollback, Cursor.Shape cursor, boolean blink, Point position, int width,
                      int height, String title, Palette palette, boolean reportScreen, boolean gui) {

    static TerminalConfig of(XmlNode config) {
        // <font size="12"/> is Genode 14.x-15.x's spelling (its built-in fonts were 8, 12 and 16 pixels)
        int fontSize = config.intAttribute("font_size", config.child("font").map(f -> f.intAttribute("size", 14)).orElse(14));
        if (fontSize < 6 || fontSize > 96) throw config.error("font_size must be 6..96, not " + fontSize);
        int scrollback = config.intAttribute("scrollback", 10_000);
        if (scrollback < 0 || scrollback > 1_000_000) throw config.error("scrollback must be 0..1000000, not " + scrollback);
        String shape = config.attribute("cursor", "block");
        Cursor.Shape cursor = switch (shape) {
            case "block" -> Cursor.Shape.BLOCK;
            case "underline" -> Cursor.Shape.UNDERLINE;
            case "bar" -> Cursor.Shape.BAR;
            default -> throw config.error("cursor must be block, underline or bar, not " + shape);
        };
        Palette palette = config.child("palette").map(Palette::of).orElse(Palette.xterm());
        return new TerminalConfig(fontSize, scrollback, cursor, config.boolAttribute("cursor_blink", true),
                new Point(config.intAttribute("xpos", 0), config.intAttribute("ypos", 0)),
                Math.max(0, config.intAttribute("width", 0)), Math.max(0, config.intAttribute("height", 0)),
                config.attribute("title", "Terminal"), palette,
                config.child("report").map(r -> r.boolAttribute("screen", false)).orElse(false), config.boolAttribute("gui", false));
    }
}
