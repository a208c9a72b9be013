package org.jenode.base.gfx;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * The reference for {@link Canvas}'s fast paths: the drawing operations as plain per-pixel loops over an
 * array, with the blend written as the rounded per-channel formula (see {@link CanvasMixTest}) and the
 * tint as nitpicker's Composer wrote it. Same geometry and clipping as Canvas.
 */
final class ScalarCanvas {

    final int[] pixels;
    final int width;
    final int height;
    private Rect clip;

    ScalarCanvas(int[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.clip = new Rect(0, 0, width, height);
    }

    void clip(Rect r) { clip = r.intersection(new Rect(0, 0, width, height)); }

    void fill(Rect r, int argb) {
        Rect c = r.intersection(clip);
        for (int y = c.y(); y < c.bottom(); y++)
            for (int x = c.x(); x < c.right(); x++) pixels[y * width + x] = argb;
    }

    void blend(Rect r, int argb) {
        int a = argb >>> 24;
        if (a == 0) return;
        Rect c = r.intersection(clip);
        for (int y = c.y(); y < c.bottom(); y++)
            for (int x = c.x(); x < c.right(); x++) pixels[y * width + x] = a == 255 ? argb : mix(argb, pixels[y * width + x], a);
    }

    void tint(Rect r, int color) {
        Rect c = r.intersection(clip);
        int mr = ((color >> 16) & 0xff) / 2, mg = ((color >> 8) & 0xff) / 2, mb = (color & 0xff) / 2;
        for (int y = c.y(); y < c.bottom(); y++)
            for (int x = c.x(); x < c.right(); x++) {
                int s = pixels[y * width + x];
                int nr = (((s >> 16) & 0xff) + mr) / 2, ng = (((s >> 8) & 0xff) + mg) / 2, nb = ((s & 0xff) + mb) / 2;
                pixels[y * width + x] = 0xff000000 | (nr << 16) | (ng << 8) | nb;
            }
    }

    void blit(ScalarCanvas src, Point at, boolean forceOpaque) {
        Rect c = new Rect(at.x(), at.y(), src.width, src.height).intersection(clip);
        for (int y = c.y(); y < c.bottom(); y++)
            for (int x = c.x(); x < c.right(); x++) {
                int p = src.pixels[(y - at.y()) * src.width + (x - at.x())];
                pixels[y * width + x] = forceOpaque ? p | 0xff000000 : p;
            }
    }

    void blitBlended(ScalarCanvas src, Point at) {
        Rect c = new Rect(at.x(), at.y(), src.width, src.height).intersection(clip);
        for (int y = c.y(); y < c.bottom(); y++)
            for (int x = c.x(); x < c.right(); x++) {
                int sp = src.pixels[(y - at.y()) * src.width + (x - at.x())];
                int a = sp >>> 24;
                if (a == 0) continue;
                int dp = pixels[y * width + x];
                pixels[y * width + x] = a == 255 ? (sp & 0xffffff) | (dp & 0xff000000) : mix(sp, dp, a);
            }
    }

    void drawRectFrame(Rect r, int thickness, int argb) {
        int t = Math.min(thickness, Math.min(r.width(), r.height()) / 2 + 1);
        fill(new Rect(r.x(), r.y(), r.width(), t), argb);
        fill(new Rect(r.x(), r.bottom() - t, r.width(), t), argb);
        fill(new Rect(r.x(), r.y() + t, t, r.height() - 2 * t), argb);
        fill(new Rect(r.right() - t, r.y() + t, t, r.height() - 2 * t), argb);
    }

    /** {@code src*a + dst*(1-a)} per colour channel, rounded to nearest, keeping dst's alpha byte. */
    static int mix(int src, int dst, int a) {
        int na = 255 - a;
        int r = (((src >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * na + 127) / 255;
        int g = (((src >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * na + 127) / 255;
        int b = ((src & 0xff) * a + (dst & 0xff) * na + 127) / 255;
        return (dst & 0xff000000) | (r << 16) | (g << 8) | b;
    }
}
