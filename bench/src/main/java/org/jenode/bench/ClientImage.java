package org.jenode.bench;

/**
 * The picture one client shows, the same for every drawing technique compared: a colour gradient,
 * with straight alpha 0xc0 for a translucent client (nitpicker's buffer format) and premultiplied for
 * Java2D and JavaFX.
 */
final class ClientImage {

    private static final int ALPHA = 0xc0;

    private final int[] argb;
    private final boolean translucent;

    ClientImage(int index, boolean translucent) { this(index, translucent, DeskLayout.CLIENT_WIDTH, DeskLayout.CLIENT_HEIGHT); }

    /** The picture at {@code w} x {@code h} (a window's client redraws it at the size the wm asks for). */
    ClientImage(int index, boolean translucent, int w, int h) {
        this.translucent = translucent;
        argb = new int[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) argb[y * w + x] = pixel(index, translucent, w, h, x, y);
    }

    /** Pixel ({@code x}, {@code y}) of client {@code index}'s picture at {@code w} x {@code h}. */
    static int pixel(int index, boolean translucent, int w, int h, int x, int y) {
        int alpha = translucent ? ALPHA : 0xff, hue = index * 40;
        int r = (x * 255 / w + hue) & 0xff, g = (y * 255 / h) & 0xff, b = (hue * 3) & 0xff;
        return alpha << 24 | r << 16 | g << 8 | b;
    }

    boolean translucent() { return translucent; }

    /** Straight (not premultiplied) ARGB, row by row. */
    int[] argb() { return argb; }

    /** Premultiplied ARGB, row by row. */
    int[] argbPremultiplied() {
        int[] out = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i], a = p >>> 24;
            int r = (p >> 16 & 0xff) * a / 255, g = (p >> 8 & 0xff) * a / 255, b = (p & 0xff) * a / 255;
            out[i] = a << 24 | r << 16 | g << 8 | b;
        }
        return out;
    }
}
