package org.jenode.themes;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Drawing helpers shared by the themes: anti-aliased Java2D, soft shadows, holes, glyphs. */
final class Paint {

    private Paint() { }

    static BufferedImage image(int w, int h) { return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB); }

    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    static Color rgba(int rgb, int alpha) { return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, alpha); }

    /** Makes {@code r} fully transparent: the content hole, which the decorator never draws anyway. */
    static void clear(BufferedImage img, Rectangle2D r) {
        Graphics2D g = img.createGraphics();
        g.setComposite(AlphaComposite.Clear);
        g.fill(r);
        g.dispose();
    }

    /**
     * A soft shadow of {@code shape} moved by {@code (dx, dy)}: its coverage blurred by three box blurs
     * of {@code radius} (close to a Gaussian), in {@code rgb} at most {@code alpha} opaque.
     */
    static BufferedImage shadow(int w, int h, Shape shape, int dx, int dy, int radius, int rgb, int alpha) {
        BufferedImage mask = image(w, h);
        Graphics2D g = graphics(mask);
        g.translate(dx, dy);
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.dispose();
        int[] a = new int[w * h];
        for (int i = 0; i < a.length; i++) a[i] = mask.getRGB(i % w, i / w) >>> 24;
        for (int pass = 0; pass < 3; pass++) {
            a = boxBlur(a, w, h, radius, true);
            a = boxBlur(a, w, h, radius, false);
        }
        BufferedImage out = image(w, h);
        for (int i = 0; i < a.length; i++) out.setRGB(i % w, i / w, (a[i] * alpha / 255) << 24 | rgb);
        return out;
    }

    private static int[] boxBlur(int[] src, int w, int h, int r, boolean horizontal) {
        int[] out = new int[src.length];
        int n = 2 * r + 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int k = -r; k <= r; k++) {
                    int sx = horizontal ? x + k : x, sy = horizontal ? y : y + k;
                    if (sx >= 0 && sx < w && sy >= 0 && sy < h) sum += src[sy * w + sx];
                }
                out[y * w + x] = (sum + n / 2) / n;
            }
        }
        return out;
    }

    /** A closer's cross, centred in a square icon of side {@code size}. */
    static void cross(Graphics2D g, int size, float inset, float width, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Float(inset, inset, size - inset, size - inset));
        g.draw(new Line2D.Float(size - inset, inset, inset, size - inset));
    }

    /** A maximizer's window outline, with a thicker top edge, centred in a square icon of side {@code size}. */
    static void windowOutline(Graphics2D g, int size, float inset, float width, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        float side = size - 2 * inset;
        g.draw(new Rectangle2D.Float(inset, inset, side, side));
        g.fill(new Rectangle2D.Float(inset, inset, side, width * 1.5f));
    }

    static Ellipse2D disc(int size, float inset) { return new Ellipse2D.Float(inset, inset, size - 2 * inset, size - 2 * inset); }
}
