package org.jenode.terminal.server;

import java.nio.IntBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.terminal.draw.CellFont;
import org.jenode.terminal.draw.CellPainter;
import org.jenode.terminal.draw.Palette;
import org.jenode.terminal.draw.VisualCell;
import org.jenode.terminal.model.Cell;
import org.jenode.terminal.model.Cursor;
import org.jenode.terminal.model.Line;
import org.jenode.terminal.model.Style;
import org.jenode.terminal.model.TerminalModel;

/**
 * Turns the model into pixels: each cell becomes a {@link VisualCell} (colours resolved, inverse, selection
 * and cursor applied), and only cells that differ from the previous frame are drawn again. Where the screen
 * scrolled since then (output, or the user scrolling the view) by fewer lines than it has, the pixels move
 * first, within the buffer, so that only the lines that came in and the cells that changed are drawn.
 */
final class ScreenView {

    /** What the cursor looks like besides what the model says. */
    record CursorState(Cursor.Look fallback, boolean focused, boolean blinkOn) { }

    private final CellFont font;
    private final CellPainter painter;
    private final Palette palette;
    /** Styles are few in practice; a program cycling through true colours must not grow the cache forever. */
    private static final int RESOLVED_LIMIT = 4096;

    private final Map<Style, Resolved> resolved = new IdentityHashMap<>();
    private VisualCell[] shown = new VisualCell[0];
    private int columns, rows, shownColumns;
    /** The model's {@link TerminalModel#scrolled()} and the view's scroll offset when {@link #shown} was drawn. */
    private long shownScrolled;
    private int shownScroll;
    private boolean clearMargins;

    ScreenView(CellFont font, Palette palette) {
        this.font = font;
        this.palette = palette;
        this.painter = new CellPainter(font, palette.cursor());
    }

    /** The buffer is new: everything is drawn again, the margins beyond the last cell too. */
    void invalidate() {
        shown = new VisualCell[0];
        clearMargins = true;
    }

    /**
     * Draws what changed since the last call into {@code pixels} (a buffer of {@code mode}).
     *
     * @param scroll lines scrolled back into the scrollback
     * @return the area drawn, {@link Rect#EMPTY} if nothing changed
     */
    Rect paint(IntBuffer pixels, Mode mode, TerminalModel model, int scroll, Optional<Selection> selection, CursorState cursorState) {
        columns = model.size().columns();
        rows = model.size().lines();
        int cw = font.cellWidth(), ch = font.cellHeight();
        int fitColumns = Math.min(columns, mode.width() / cw), fitRows = Math.min(rows, mode.height() / ch);
        VisualCell[] next = frame(model, scroll, selection, cursorState);
        Rect dirty = Rect.EMPTY;
        if (shown.length != next.length || shownColumns != columns) {
            shown = new VisualCell[next.length];
        } else {
            // an old line r shows at r - up now: the lines scrolled up by the output, less those the view moved back
            long up = model.scrolled() - shownScrolled + shownScroll - scroll;
            if (up != 0 && Math.abs(up) < fitRows) dirty = move(pixels, mode.width(), fitRows, (int) up, fitColumns * cw);
        }
        shownColumns = columns;
        shownScrolled = model.scrolled();
        shownScroll = scroll;
        if (clearMargins) {
            CellPainter.margins(pixels, mode.width(), mode.height(), fitColumns * cw, fitRows * ch, palette.background());
            dirty = Rect.of(mode.area());
            clearMargins = false;
        }
        for (int r = 0; r < fitRows; r++) {
            for (int c = 0; c < fitColumns; c++) {
                int i = r * columns + c;
                if (next[i].equals(shown[i])) continue;
                int at = next[i].width() == 0 && c > 0 ? i - 1 : i; // a wide character's right half: draw the whole character
                int col = at - r * columns;
                VisualCell cell = next[at];
                if (cell.width() == 2 && col + 1 >= fitColumns) cell = narrow(cell);
                painter.paint(pixels, mode.width(), col * cw, r * ch, cell);
                Rect drawn = new Rect(col * cw, r * ch, cw * Math.max(1, cell.width()), ch);
                dirty = dirty.empty() ? drawn : dirty.union(drawn);
            }
        }
        System.arraycopy(next, 0, shown, 0, next.length);
        return dirty;
    }

    /**
     * Moves the first {@code fitRows} text lines' pixels up by {@code up} lines (down if negative), and what
     * was shown with them; the lines that came in are unknown, to be drawn.
     */
    private Rect move(IntBuffer pixels, int stride, int fitRows, int up, int cellsWidth) {
        int ch = font.cellHeight();
        int kept = fitRows - Math.abs(up), from = Math.max(0, up), to = Math.max(0, -up);
        CellPainter.moveRows(pixels, stride, from * ch, to * ch, kept * ch);
        VisualCell[] moved = new VisualCell[shown.length];
        System.arraycopy(shown, from * columns, moved, to * columns, kept * columns);
        shown = moved;
        return new Rect(0, 0, cellsWidth, fitRows * ch);
    }

    private static VisualCell narrow(VisualCell c) {
        return new VisualCell(c.codepoint(), c.foreground(), c.background(), c.bold(), c.italic(), c.underline(), 1, c.cursor());
    }

    private VisualCell[] frame(TerminalModel model, int scroll, Optional<Selection> selection, CursorState cursorState) {
        VisualCell[] frame = new VisualCell[columns * rows];
        Cursor cursor = model.cursor();
        Cursor.Look look = cursor.look().orElse(cursorState.fallback());
        boolean cursorShown = cursor.visible() && (cursorState.blinkOn() || !look.blinking() || !cursorState.focused());
        int history = model.historySize();
        for (int r = 0; r < rows; r++) {
            int modelRow = r - scroll;
            Line line = model.line(modelRow);
            for (int c = 0; c < columns; c++) {
                Cell cell = c < line.cells().size() ? line.cells().get(c) : Cell.BLANK;
                boolean selected = selection.isPresent() && selection.get().contains(history + modelRow, c);
                boolean atCursor = cursorShown && modelRow == cursor.row() && c == cursor.column();
                frame[r * columns + c] = visual(cell, selected, atCursor ? mark(look, cursorState.focused()) : VisualCell.CursorMark.NONE);
            }
        }
        return frame;
    }

    private static VisualCell.CursorMark mark(Cursor.Look look, boolean focused) {
        if (!focused) return VisualCell.CursorMark.HOLLOW;
        return switch (look.shape()) {
            case BLOCK -> VisualCell.CursorMark.BLOCK;
            case UNDERLINE -> VisualCell.CursorMark.UNDERLINE;
            case BAR -> VisualCell.CursorMark.BAR;
        };
    }

    private VisualCell visual(Cell cell, boolean selected, VisualCell.CursorMark cursor) {
        Resolved r = resolved(cell.style());
        return new VisualCell(cell.codepoint(), r.foreground(), selected ? palette.selection() : r.background(), r.bold(),
                r.italic(), r.underline(), cell.width(), cursor);
    }

    /**
     * A style's colours and faces as drawn, looked up by identity: the model hands out one object per style,
     * and resolving the attributes of every cell of every frame afresh took a fifth of the drawing.
     */
    private Resolved resolved(Style s) {
        Resolved known = resolved.get(s);
        if (known != null) return known;
        if (resolved.size() >= RESOLVED_LIMIT) resolved.clear();
        int fg = palette.rgb(s.foreground(), true), bg = palette.rgb(s.background(), false);
        if (s.has(Style.Attribute.INVERSE)) {
            int t = fg;
            fg = bg;
            bg = t;
        }
        if (s.has(Style.Attribute.DIM)) fg = half(fg, bg);
        if (s.has(Style.Attribute.HIDDEN)) fg = bg;
        Resolved r = new Resolved(fg, bg, s.has(Style.Attribute.BOLD), s.has(Style.Attribute.ITALIC), s.has(Style.Attribute.UNDERLINE));
        resolved.put(s, r);
        return r;
    }

    /** What a style looks like, selection and cursor aside. */
    private record Resolved(int foreground, int background, boolean bold, boolean italic, boolean underline) { }

    private static int half(int fg, int bg) {
        return (((fg & 0xfefefe) >> 1) + ((bg & 0xfefefe) >> 1));
    }
}
