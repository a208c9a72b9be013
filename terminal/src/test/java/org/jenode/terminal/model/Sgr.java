package org.jenode.terminal.model;

import java.util.EnumSet;

/** Applies SGR parameter lists (as tmux's capture writes them) to a current style. */
final class Sgr {

    private CellColor foreground = new CellColor.Default(), background = new CellColor.Default();
    private final EnumSet<Style.Attribute> attributes = EnumSet.noneOf(Style.Attribute.class);

    Style style() { return new Style(foreground, background, attributes); }

    void apply(String parameters) {
        String[] p = parameters.isEmpty() ? new String[] {"0"} : parameters.split("[;:]");
        for (int i = 0; i < p.length; i++) {
            int n = Integer.parseInt(p[i]);
            switch (n) {
                case 0 -> {
                    foreground = new CellColor.Default();
                    background = new CellColor.Default();
                    attributes.clear();
                }
                case 1 -> attributes.add(Style.Attribute.BOLD);
                case 2 -> attributes.add(Style.Attribute.DIM);
                case 3 -> attributes.add(Style.Attribute.ITALIC);
                case 4 -> attributes.add(Style.Attribute.UNDERLINE);
                case 5, 6 -> attributes.add(Style.Attribute.BLINK);
                case 7 -> attributes.add(Style.Attribute.INVERSE);
                case 8 -> attributes.add(Style.Attribute.HIDDEN);
                case 22 -> {
                    attributes.remove(Style.Attribute.BOLD);
                    attributes.remove(Style.Attribute.DIM);
                }
                case 23 -> attributes.remove(Style.Attribute.ITALIC);
                case 24 -> attributes.remove(Style.Attribute.UNDERLINE);
                case 25 -> attributes.remove(Style.Attribute.BLINK);
                case 27 -> attributes.remove(Style.Attribute.INVERSE);
                case 28 -> attributes.remove(Style.Attribute.HIDDEN);
                case 39 -> foreground = new CellColor.Default();
                case 49 -> background = new CellColor.Default();
                case 38, 48 -> {
                    CellColor c;
                    if (p[i + 1].equals("5")) {
                        c = new CellColor.Indexed(Integer.parseInt(p[i + 2]));
                        i += 2;
                    } else {
                        c = new CellColor.Rgb(Integer.parseInt(p[i + 2]) << 16 | Integer.parseInt(p[i + 3]) << 8 | Integer.parseInt(p[i + 4]));
                        i += 4;
                    }
                    if (n == 38) foreground = c;
                    else background = c;
                }
                default -> {
                    if (n >= 30 && n <= 37) foreground = new CellColor.Indexed(n - 30);
                    else if (n >= 40 && n <= 47) background = new CellColor.Indexed(n - 40);
                    else if (n >= 90 && n <= 97) foreground = new CellColor.Indexed(n - 90 + 8);
                    else if (n >= 100 && n <= 107) background = new CellColor.Indexed(n - 100 + 8);
                }
            }
        }
    }
}
