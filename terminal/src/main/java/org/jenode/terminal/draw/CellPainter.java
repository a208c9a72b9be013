package org.jenode.terminal.draw;

import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Draws visual cells into an ARGB pixel buffer, {@code stride} pixels per row. A cell is composed in an
 * array of its own and goes into the buffer a pixel row at a time: the buffer is a dataspace's memory,
 * where every single access is checked, a bulk copy once.
 */
public final class CellPainter {

    private final CellFont font;
    private final int cursorColor;
    private int[] cellPixels = new int[0];

    public CellPainter(CellFont font, int cursorColor) {
        this.font = font;
        this.cursorColor = cursorColor;
    }

    /** Draws {@code cell} with its top-left corner at pixel ({@code x}, {@code y}). */
    public void paint(IntBuffer pixels, int stride, int x, int y, VisualCell cell) {
        int cw = font.cellWidth(), ch = font.cellHeight();
        int cells = Math.max(1, cell.width());
        int w = cw * cells;
        boolean block = cell.cursor() == VisualCell.CursorMark.BLOCK;
        int fg = 0xff000000 | (block ? cell.background() : cell.foreground());
        int bg = 0xff000000 | (block ? cursorColor : cell.background());
        if (cellPixels.length < w * ch) cellPixels = new int[w * ch];
        int[] px = cellPixels;
        Arrays.fill(px, 0, w * ch, bg);
        if (cell.codepoint() != ' ') {
            byte[] mask = font.mask(cell.codepoint(), cell.bold(), cell.italic(), cells);
            for (int i = 0; i < w * ch; i++) {
                int a = mask[i] & 0xff;
                if (a != 0) px[i] = a == 255 ? fg : 0xff000000 | mix(fg, bg, a);
            }
        }
        int line = Math.max(1, ch / 16);
        int cursor = 0xff000000 | cursorColor;
        if (cell.underline()) fill(px, w, 0, font.ascent() + line, w, line, fg);
        switch (cell.cursor()) {
            case NONE, BLOCK -> { }
            case UNDERLINE -> fill(px, w, 0, ch - 2 * line, cw, 2 * line, cursor);
            case BAR -> fill(px, w, 0, 0, Math.max(2, cw / 8), ch, cursor);
            case HOLLOW -> {
                fill(px, w, 0, 0, cw, line, cursor);
                fill(px, w, 0, ch - line, cw, line, cursor);
                fill(px, w, 0, 0, line, ch, cursor);
                fill(px, w, cw - line, 0, line, ch, cursor);
            }
        }
        for (int row = 0; row < ch; row++) pixels.put((y + row) * stride + x, px, row * w, w);
    }

    /** Fills a {@code w} x {@code h} rectangle at ({@code x}, {@code y}) of a cell's {@code stride}-wide pixels, clipped to them. */
    private static void fill(int[] px, int stride, int x, int y, int w, int h, int argb) {
        int rows = px.length / stride;
        for (int row = Math.max(0, y); row < Math.min(rows, y + h); row++) {
            int at = row * stride;
            Arrays.fill(px, at + Math.max(0, x), at + Math.min(stride, x + w), argb);
        }
    }

    /**
     * Moves {@code height} pixel rows starting at row {@code fromY} to row {@code toY}, whole rows of
     * {@code stride} pixels (the areas may overlap): scrolling without drawing again.
     */
    public static void moveRows(IntBuffer pixels, int stride, int fromY, int toY, int height) {
        if (height > 0) pixels.put(toY * stride, pixels, fromY * stride, height * stride);
    }

    /** Fills what lies right of {@code cellsWidth} and below {@code cellsHeight} in a {@code width} x {@code height} buffer. */
    public static void margins(IntBuffer pixels, int width, int height, int cellsWidth, int cellsHeight, int rgb) {
        fill(pixels, width, cellsWidth, 0, width - cellsWidth, height, rgb);
        fill(pixels, width, 0, cellsHeight, cellsWidth, height - cellsHeight, rgb);
    }

    private static void fill(IntBuffer pixels, int stride, int x, int y, int w, int h, int rgb) {
        if (w <= 0 || h <= 0) return;
        int[] row = new int[w];
        Arrays.fill(row, 0xff000000 | rgb);
        for (int r = y; r < y + h; r++) pixels.put(r * stride + x, row, 0, w);
    }

    /** {@code a}/255 of {@code fg} over {@code bg}, per channel. */
    static int mix(int fg, int bg, int a) {
        int r = (((fg >> 16) & 0xff) * a + ((bg >> 16) & 0xff) * (255 - a)) / 255;
        int g = (((fg >> 8) & 0xff) * a + ((bg >> 8) & 0xff) * (255 - a)) / 255;
        int b = ((fg & 0xff) * a + (bg & 0xff) * (255 - a)) / 255;
        return r << 16 | g << 8 | b;
    }
}
