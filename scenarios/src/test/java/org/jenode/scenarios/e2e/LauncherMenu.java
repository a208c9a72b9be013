package org.jenode.scenarios.e2e;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The launcher's menu as the screen shows it (menu_view's look): a frame at the menu's place with a
 * button per entry, one under the other, each as wide as the widest, and the context row of buttons
 * under the entry whose context is open. The rows are found by the buttons' colours down the menu's
 * left edge, the buttons of a row along its top.
 */
final class LauncherMenu {

    static final int BUTTON = 0x27303c, HOVERED = 0x36465a, SELECTED = 0x244f7d, BOTH = 0x31679f;
    /** The frame's ground, behind the bottom row ("RAM left: ..."). */
    static final int FRAME = 0x1c222b;
    private static final Set<Integer> BUTTONS = Set.of(BUTTON, HOVERED, SELECTED, BOTH);
    /** A context button's edge, which a plain button has too and the entries' rows do not show in their first pixel. */
    private static final int EDGE = 0x3a4656;
    /** Frame border and padding: the buttons begin this far inside the menu. */
    private static final int INSET = 7;
    private static final int MAX_WIDTH = 500, MAX_HEIGHT = 400;

    private final Point at;

    LauncherMenu(Point at) { this.at = at; }

    /** The rows top to bottom: entries and the context row, each as wide as the entries' buttons. */
    List<Rectangle> rows(Screenshot s) {
        int x = at.x + INSET + 3;
        List<Rectangle> rows = new ArrayList<>();
        int start = -1, width = 0;
        for (int y = at.y; y <= at.y + MAX_HEIGHT && y <= s.height(); y++) {
            boolean button = y < s.height() && BUTTONS.contains(s.rgb(x, y));
            if (button && start < 0) start = y;
            if (!button && start >= 0) {
                if (y - start >= 8) {
                    rows.add(new Rectangle(at.x + INSET, start - 1, 0, y - start + 2));
                    width = Math.max(width, width(s, start + 2));
                }
                start = -1;
            }
        }
        for (Rectangle r : rows) r.width = width;
        return rows;
    }

    /** The width of the buttons of the row through {@code y}: up to the frame's ground right of them. */
    private int width(Screenshot s, int y) {
        int x = at.x + INSET;
        while (x < Math.min(s.width(), at.x + MAX_WIDTH) && s.rgb(x, y) != FRAME) x++;
        return x - at.x - INSET;
    }

    /** The colour of a row's button (plain, hovered, selected, both). */
    static int color(Screenshot s, Rectangle row) { return s.rgb(row.x + 3, row.y + 3); }

    static boolean hovered(int color) { return color == HOVERED || color == BOTH; }

    static boolean selected(int color) { return color == SELECTED || color == BOTH; }

    /**
     * Button {@code index} of a context row: its buttons begin at the row's left, the frame's ground between
     * them. Read along the row's bottom: the pointer, still on the entry above, reaches into its top.
     */
    static Rectangle contextButton(Screenshot s, Rectangle row, int index) {
        int y = row.y + row.height - 3, found = -1, start = -1;
        for (int x = row.x; x <= row.x + row.width; x++) {
            boolean button = x < row.x + row.width && (BUTTONS.contains(s.rgb(x, y)) || s.rgb(x, y) == EDGE);
            if (button && start < 0) start = x;
            if (!button && start >= 0) {
                if (++found == index) return new Rectangle(start, row.y, x - start, row.height);
                start = -1;
            }
        }
        throw new AssertionError("no context button " + index + " in the row " + row);
    }

    /** Below the last row: the launcher's RAM left, in the frame's ground. */
    static Rectangle ramRow(List<Rectangle> rows) {
        Rectangle last = rows.getLast();
        return new Rectangle(last.x, last.y + last.height, last.width, 18);
    }
}
