package org.jenode.base.gfx;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jenode.base.geometry.Rect;

/**
 * An anti-aliased proportional font ("DejaVu Sans", plain) rasterised once with java.awt into per-glyph
 * coverage bytes; drawing afterwards is plain integer blending, no AWT. Covers printable ASCII and
 * Latin-1; other characters draw as '?'.
 *
 * <p>{@link #ofSize(int)} memoises fonts per size. That map is a pure cache of immutable values (the
 * same size always yields the same glyphs), so it carries no state a component could observe.
 */
public final class Font {

    private static final Map<Integer, Font> CACHE = new ConcurrentHashMap<>();
    private static final int FIRST = 32, LAST = 255;

    private final int height;
    private final int ascent;
    private final int[] advance = new int[LAST + 1];
    private final int[] cellWidth = new int[LAST + 1];
    private final byte[][] coverage = new byte[LAST + 1][];
    private final int pad;

    public static Font ofSize(int size) { return CACHE.computeIfAbsent(size, Font::new); }

    public Font(int size) {
        java.awt.Font awt = new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(awt);
        pg.dispose();
        ascent = fm.getAscent();
        height = fm.getAscent() + fm.getDescent();
        pad = Math.max(1, size / 8); // room for glyph overhang (italic-like tails, 'j')
        for (int c = FIRST; c <= LAST; c++) {
            if (c >= 127 && c < 160) continue;
            int adv = fm.charWidth((char) c);
            int w = adv + 2 * pad;
            BufferedImage img = new BufferedImage(w, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setFont(awt);
            g.setColor(Color.WHITE);
            g.drawString(String.valueOf((char) c), pad, ascent);
            g.dispose();
            byte[] cov = new byte[w * height];
            img.getRaster().getDataElements(0, 0, w, height, cov);
            advance[c] = adv;
            cellWidth[c] = w;
            coverage[c] = cov;
        }
    }

    public int height() { return height; }

    public int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) w += advance[glyph(text.charAt(i))];
        return w;
    }

    /** Draws {@code text} with its top-left corner at (x, y), blending {@code argb} by glyph coverage. */
    public void draw(Canvas canvas, int x, int y, String text, int argb) {
        Rect clip = canvas.clip();
        int alpha = argb >>> 24;
        int pen = x;
        for (int i = 0; i < text.length(); i++) {
            int c = glyph(text.charAt(i));
            int w = cellWidth[c];
            byte[] cov = coverage[c];
            int gx = pen - pad;
            if (gx < clip.right() && gx + w > clip.x() && y < clip.bottom() && y + height > clip.y()) {
                int x0 = Math.max(gx, clip.x()), x1 = Math.min(gx + w, clip.right());
                int y0 = Math.max(y, clip.y()), y1 = Math.min(y + height, clip.bottom());
                for (int py = y0; py < y1; py++) {
                    int row = (py - y) * w - gx;
                    for (int px = x0; px < x1; px++) {
                        int a = (cov[row + px] & 0xff) * alpha / 255;
                        if (a == 0) continue;
                        int d = canvas.get(px, py);
                        canvas.pixels().put(py * canvas.width() + px, Canvas.mix(argb, d, a));
                    }
                }
            }
            pen += advance[c];
        }
    }

    private int glyph(char ch) {
        return (ch >= FIRST && ch <= LAST && coverage[ch] != null) ? ch : '?';
    }
}
