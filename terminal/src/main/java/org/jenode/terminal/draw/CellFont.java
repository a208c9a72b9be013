package org.jenode.terminal.draw;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The terminal's monospace font at one pixel size: DejaVu Sans Mono (shipped with the module, in its four
 * faces), rasterised by AWT, which works headless, into coverage masks of whole cells. Masks are made on
 * first use and kept, least recently used first out, so that a program printing all of Unicode cannot make
 * the cache grow without bound. Characters the face lacks (CJK, for instance) come from AWT's logical
 * monospaced font, which falls back to whatever the host has.
 */
public final class CellFont {

    private static final String[] FACES = {
        "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf",
    };
    private static final int CACHE_LIMIT = 4096;

    private final Font[] faces = new Font[4];
    private final Font[] fallbacks = new Font[4];
    private final int cellWidth, cellHeight, ascent;
    private final Map<Long, byte[]> masks = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) { return size() > CACHE_LIMIT; }
    };

    /** The font at {@code pixels} pixels per em (the cell is about 0.6 em wide and 1.2 em high). */
    public CellFont(int pixels) {
        if (pixels < 4 || pixels > 200) throw new IllegalArgumentException("font size " + pixels + " outside 4..200");
        for (int i = 0; i < FACES.length; i++) {
            faces[i] = load(FACES[i]).deriveFont((float) pixels);
            fallbacks[i] = new Font(Font.MONOSPACED, i, pixels);
        }
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
        hints(g);
        FontMetrics fm = g.getFontMetrics(faces[0]);
        g.dispose();
        cellWidth = fm.charWidth('M');
        ascent = fm.getAscent();
        cellHeight = fm.getAscent() + fm.getDescent();
    }

    private static Font load(String file) {
        try (InputStream in = CellFont.class.getResourceAsStream("/org/jenode/terminal/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("font " + file + " is missing from the module");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " is broken", e);
        }
    }

    public int cellWidth() { return cellWidth; }

    public int cellHeight() { return cellHeight; }

    /** Where the baseline is, from the top of the cell. */
    public int ascent() { return ascent; }

    /**
     * The coverage (0-255 per pixel, row by row) of {@code codepoint} drawn into {@code cells} cells
     * (2 for a wide character), {@code cells * cellWidth()} by {@code cellHeight()} pixels.
     */
    public byte[] mask(int codepoint, boolean bold, boolean italic, int cells) {
        int face = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
        long key = (long) codepoint << 8 | face << 2 | cells;
        return masks.computeIfAbsent(key, _ -> render(codepoint, face, cells));
    }

    private byte[] render(int codepoint, int face, int cells) {
        Font font = faces[face].canDisplay(codepoint) ? faces[face] : fallbacks[face];
        int width = cellWidth * cells;
        BufferedImage img = new BufferedImage(width, cellHeight, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        hints(g);
        g.setFont(font);
        g.setColor(Color.WHITE);
        String text = Character.toString(codepoint);
        int advance = g.getFontMetrics().stringWidth(text);
        // a fallback glyph may be wider than its cells: centre it and let the cell edges clip it
        g.drawString(text, (width - advance) / 2, ascent);
        g.dispose();
        byte[] coverage = new byte[width * cellHeight];
        img.getRaster().getDataElements(0, 0, width, cellHeight, coverage);
        return coverage;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
