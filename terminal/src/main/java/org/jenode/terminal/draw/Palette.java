package org.jenode.terminal.draw;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.xml.XmlNode;
import org.jenode.terminal.model.CellColor;

/**
 * The colours of cells: the 16 configurable ones (xterm's defaults unless the config says otherwise),
 * the 240 of xterm's 256-colour table, true colours as they are, and the default foreground, background,
 * cursor and selection colours. All values are 0xRRGGBB.
 */
public record Palette(List<Integer> base, int foreground, int background, int cursor, int selection) {

    /** xterm's default 16 colours. */
    private static final int[] XTERM_16 = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    };

    public Palette {
        if (base.size() != 16) throw new IllegalArgumentException("a palette has 16 base colours, not " + base.size());
        base = List.copyOf(base);
    }

    public static Palette xterm() {
        List<Integer> base = new ArrayList<>();
        for (int c : XTERM_16) base.add(c);
        return new Palette(base, 0xd0d0d0, 0x101010, 0xe0e0e0, 0x3a5f8f);
    }

    /**
     * The {@code <palette>} node of the terminal's config: {@code foreground background cursor selection}
     * attributes and {@code <color index="0..15" value="#rrggbb"/>} children; what it leaves out stays.
     */
    public static Palette of(XmlNode palette) {
        Palette d = xterm();
        List<Integer> base = new ArrayList<>(d.base);
        for (XmlNode color : palette.children("color")) {
            int index = color.intAttribute("index", -1);
            if (index < 0 || index > 15) throw color.error("color index must be 0..15, not " + index);
            base.set(index, rgb(color, "value", base.get(index)));
        }
        return new Palette(base, rgb(palette, "foreground", d.foreground), rgb(palette, "background", d.background),
                rgb(palette, "cursor", d.cursor), rgb(palette, "selection", d.selection));
    }

    private static int rgb(XmlNode node, String attribute, int fallback) {
        return node.colorAttribute(attribute, 0xff000000 | fallback) & 0xffffff;
    }

    /** The colour of {@code c}, the default foreground or background where the program chose none. */
    public int rgb(CellColor c, boolean isForeground) {
        return switch (c) {
            case CellColor.Default() -> isForeground ? foreground : background;
            case CellColor.Indexed(int i) when i < 16 -> base.get(i);
            case CellColor.Indexed(int i) -> standard(i);
            case CellColor.Rgb(int rgb) -> rgb;
        };
    }

    /** xterm's colours 16-255: a 6x6x6 cube, then 24 greys. */
    public static int standard(int index) {
        if (index < 16) return XTERM_16[index];
        if (index < 232) {
            int i = index - 16;
            return level(i / 36) << 16 | level(i / 6 % 6) << 8 | level(i % 6);
        }
        int grey = 8 + (index - 232) * 10;
        return grey << 16 | grey << 8 | grey;
    }

    private static int level(int step) { return step == 0 ? 0 : 55 + step * 40; }
}
