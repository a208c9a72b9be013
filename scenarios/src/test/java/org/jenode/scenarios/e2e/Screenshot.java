package org.jenode.scenarios.e2e;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/** What a window showed: pixels as {@code 0xRRGGBB} and the counts the end-to-end tests judge by. */
final class Screenshot {

    private final BufferedImage image;

    Screenshot(BufferedImage image) { this.image = image; }

    int width() { return image.getWidth(); }

    int height() { return image.getHeight(); }

    String size() { return width() + "x" + height(); }

    int rgb(int x, int y) { return image.getRGB(x, y) & 0xffffff; }

    /** Pixels in {@code area} (clipped to the image) whose colour passes {@code test}. */
    int count(Rectangle area, IntPredicate test) {
        Rectangle a = area.intersection(new Rectangle(0, 0, width(), height()));
        int n = 0;
        for (int y = a.y; y < a.y + a.height; y++)
            for (int x = a.x; x < a.x + a.width; x++)
                if (test.test(rgb(x, y))) n++;
        return n;
    }

    /** Pixels in {@code area} that differ from {@code other}'s by more than {@code tolerance} in a channel. */
    int differing(Screenshot other, Rectangle area, int tolerance) {
        Rectangle a = area.intersection(new Rectangle(0, 0, Math.min(width(), other.width()), Math.min(height(), other.height())));
        int n = 0;
        for (int y = a.y; y < a.y + a.height; y++)
            for (int x = a.x; x < a.x + a.width; x++)
                if (distance(rgb(x, y), other.rgb(x, y)) > tolerance) n++;
        return n;
    }

    /** The bounding box of the pixels in {@code area} that pass {@code test}; empty if none does. */
    Rectangle bounds(Rectangle area, IntPredicate test) {
        Rectangle a = area.intersection(new Rectangle(0, 0, width(), height()));
        Rectangle box = null;
        for (int y = a.y; y < a.y + a.height; y++)
            for (int x = a.x; x < a.x + a.width; x++) {
                if (!test.test(rgb(x, y))) continue;
                if (box == null) box = new Rectangle(x, y, 1, 1);
                else box.add(new Rectangle(x, y, 1, 1));
            }
        return box == null ? new Rectangle() : box;
    }

    static int red(int rgb) { return (rgb >> 16) & 0xff; }

    static int green(int rgb) { return (rgb >> 8) & 0xff; }

    static int blue(int rgb) { return rgb & 0xff; }

    /** The largest difference of one channel. */
    static int distance(int a, int b) {
        return Math.max(Math.abs(red(a) - red(b)), Math.max(Math.abs(green(a) - green(b)), Math.abs(blue(a) - blue(b))));
    }

    static String hex(int rgb) { return String.format("#%06x", rgb); }
}
