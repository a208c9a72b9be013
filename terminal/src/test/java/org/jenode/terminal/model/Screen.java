package org.jenode.terminal.model;

import java.util.ArrayList;
import java.util.List;
import org.jenode.terminal.TerminalSession;

/**
 * A screen as rows of cells, from tmux or from a {@link TerminalModel}, in a form two terminals can be
 * compared in: colours resolved the way both agree on (indexes 0-15 stay indexes, the 240 others and true
 * colours become RGB), blank cells past a row's end dropped.
 */
record Screen(List<List<Cell>> rows, int cursorColumn, int cursorRow, boolean alternate) {

    record Cell(int codepoint, Style style, int width) { }

    static Screen of(TerminalModel model) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < model.size().lines(); r++) {
            List<Cell> row = new ArrayList<>();
            for (org.jenode.terminal.model.Cell c : model.line(r).cells()) row.add(new Cell(c.codepoint(), c.style(), c.width()));
            rows.add(row);
        }
        Cursor cursor = model.cursor();
        return new Screen(rows, cursor.column(), cursor.row(), model.alternateScreen());
    }

    /** tmux's idea of a character's width, for the characters the corpus has. */
    static int width(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
                || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
        return wide ? 2 : 1;
    }

    /** Each row as text with its style runs, e.g. {@code "ab{fg=1,bold}cd"}, blank default cells at the end dropped. */
    List<String> canonical() {
        List<String> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            int end = row.size();
            while (end > 0 && blank(row.get(end - 1))) end--;
            StringBuilder s = new StringBuilder();
            String style = describe(Style.DEFAULT);
            for (int i = 0; i < end; i++) {
                Cell c = row.get(i);
                if (c.width() == 0) continue;
                String d = describe(c.style());
                if (!d.equals(style)) s.append('{').append(d).append('}');
                style = d;
                s.appendCodePoint(c.codepoint());
            }
            out.add(s.toString());
        }
        return out;
    }

    private static boolean blank(Cell c) {
        return c.codepoint() == ' ' && c.style().background() instanceof CellColor.Default
                && !c.style().has(Style.Attribute.INVERSE) && !c.style().has(Style.Attribute.UNDERLINE);
    }

    private static String describe(Style s) {
        StringBuilder d = new StringBuilder();
        d.append("fg=").append(color(s.foreground())).append(",bg=").append(color(s.background()));
        for (Style.Attribute a : Style.Attribute.values()) if (s.has(a)) d.append(',').append(a.name().toLowerCase());
        return d.toString();
    }

    private static String color(CellColor c) {
        return switch (c) {
            case CellColor.Default() -> "default";
            case CellColor.Indexed(int i) when i < 16 -> String.valueOf(i);
            case CellColor.Indexed(int i) -> String.format("#%06x", org.jenode.terminal.draw.Palette.standard(i));
            case CellColor.Rgb(int rgb) -> String.format("#%06x", rgb);
        };
    }
}
