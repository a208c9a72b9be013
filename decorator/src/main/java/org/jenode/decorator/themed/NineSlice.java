package org.jenode.decorator.themed;

import org.jenode.base.geometry.Rect;

/**
 * Stretches a frame image over a window as Genode's {@code Icon_painter} does, taking the nine
 * slices from the image's centre: the four quadrants are the corners, copied as they are; the edges
 * repeat the centre row or column; the inside is the centre pixel.
 */
final class NineSlice {

    private NineSlice() { }

    /** The image column (or row) for target column {@code u} of a target {@code target} wide, from an image {@code size} wide. */
    static int source(int u, int target, int size) {
        int half = size / 2;
        int rightStart = Math.max(target - half, half);
        if (u < half) return u;
        if (u >= rightStart) return size - half + (u - rightStart);
        return half;
    }

    /**
     * Writes {@code image} stretched over {@code outer} into {@code layer} (pixels {@code width} wide,
     * whose top left is screen point {@code (ox, oy)}), its alpha scaled by {@code alpha} of 256.
     */
    static void draw(int[] layer, int width, int ox, int oy, Rect outer, ThemeImage image, int alpha) {
        int height = layer.length / width;
        int[] columns = new int[width];
        for (int lx = 0; lx < width; lx++) columns[lx] = source(ox + lx - outer.x(), outer.width(), image.width());
        for (int ly = 0; ly < height; ly++) {
            int v = source(oy + ly - outer.y(), outer.height(), image.height());
            int row = ly * width;
            for (int lx = 0; lx < width; lx++) {
                int src = image.pixel(columns[lx], v);
                layer[row + lx] = ((src >>> 24) * alpha >> 8) << 24 | (src & 0xffffff);
            }
        }
    }
}
