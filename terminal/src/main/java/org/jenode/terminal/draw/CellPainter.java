package org.jenode.terminal.draw;

import java.nio.IntBuffer;

/** Draws visual cells into an ARGB pixel buffer, {@code stride} pixels per row. */
public final class CellPainter {

    private final CellFont font;
    private final int cursorColor;

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
        int fg = block ? cell.background() : cell.foreground();
        int bg = block ? cursorColor : cell.background();
        fill(pixels, stride, x, y, w, ch, bg);
        if (cell.codepoint() != ' ') {
            byte[] mask = font.mask(cell.codepoint(), cell.bold(), cell.italic(), cells);
            for (int row = 0; row < ch; row++) {
                int at = (y + row) * stride + x;
                for (int col = 0; col < w; col++) {
                    int a = mask[row * w + col] & 0xff;
                    if (a != 0) pixels.put(at + col, 0xff000000 | (a == 255 ? fg : mix(fg, bg, a)));
                }
            }
        }
        int line = Math.max(1, ch / 16);
        if (cell.underline()) fill(pixels, stride, x, y + font.ascent() + line, w, line, fg);
        switch (cell.cursor()) {
            case NONE, BLOCK -> { }
            case UNDERLINE -> fill(pixels, stride, x, y + ch - 2 * line, cw, 2 * line, cursorColor);
            case BAR -> fill(pixels, stride, x, y, Math.max(2, cw / 8), ch, cursorColor);
            case HOLLOW -> {
                fill(pixels, stride, x, y, cw, line, cursorColor);
                fill(pixels, stride, x, y + ch - line, cw, line, cursorColor);
                fill(pixels, stride, x, y, line, ch, cursorColor);
                fill(pixels, stride, x + cw - line, y, line, ch, cursorColor);
            }
        }
    }

    /** Fills what lies right of {@code cellsWidth} and below {@code cellsHeight} in a {@code width} x {@code height} buffer. */
    public static void margins(IntBuffer pixels, int width, int height, int cellsWidth, int cellsHeight, int rgb) {
        fill(pixels, width, cellsWidth, 0, width - cellsWidth, height, rgb);
        fill(pixels, width, 0, cellsHeight, cellsWidth, height - cellsHeight, rgb);
    }

    static void fill(IntBuffer pixels, int stride, int x, int y, int w, int h, int rgb) {
        int argb = 0xff000000 | rgb;
        for (int row = y; row < y + h; row++) {
            int at = row * stride + x;
            for (int col = 0; col < w; col++) pixels.put(at + col, argb);
        }
    }

    /** {@code a}/255 of {@code fg} over {@code bg}, per channel. */
    static int mix(int fg, int bg, int a) {
        int r = (((fg >> 16) & 0xff) * a + ((bg >> 16) & 0xff) * (255 - a)) / 255;
        int g = (((fg >> 8) & 0xff) * a + ((bg >> 8) & 0xff) * (255 - a)) / 255;
        int b = ((fg & 0xff) * a + (bg & 0xff) * (255 - a)) / 255;
        return r << 16 | g << 8 | b;
    }
}
