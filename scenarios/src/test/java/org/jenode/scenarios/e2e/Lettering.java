package org.jenode.scenarios.e2e;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.jenode.base.gfx.Canvas;

/**
 * What a component's text looks like on the screen, to look for in a screenshot: the test paints the
 * text it expects with the component's own {@link org.jenode.base.gfx.Font} (and outline, background,
 * whatever the component draws with it), twice: on black and on white. The pixels that come out the
 * same both times are those the painting covers fully, which look the same whatever lies beneath (a
 * gradient, a clock's hands); the others are left out. The lettering is found where every one of its
 * covered pixels is on the screen. A painting that fills its background is compared whole.
 */
final class Lettering {

    private static final int OPEN = -1;

    private final int width;
    private final int height;
    /** The expected colour of each pixel, {@link #OPEN} where the background shows through. */
    private final int[] rgb;

    private Lettering(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** The lettering that {@code paint} draws on a canvas of {@code width x height}. */
    static Lettering of(int width, int height, Consumer<Canvas> paint) {
        int[] onBlack = painted(width, height, 0xff000000, paint), onWhite = painted(width, height, 0xffffffff, paint);
        int[] rgb = new int[width * height];
        for (int i = 0; i < rgb.length; i++) rgb[i] = onBlack[i] == onWhite[i] ? onBlack[i] & 0xffffff : OPEN;
        return new Lettering(width, height, rgb);
    }

    private static int[] painted(int width, int height, int background, Consumer<Canvas> paint) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, background);
        paint.accept(Canvas.of(pixels, width, height));
        return pixels;
    }

    /** How many pixels a match compares: a lettering of a handful would match nearly anywhere. */
    int covered() { return (int) Arrays.stream(rgb).filter(c -> c != OPEN).count(); }

    /**
     * The top-left corner of the first place in {@code area} of {@code shot} (top to bottom, left to
     * right) where every covered pixel is within {@code tolerance} per channel.
     */
    Optional<Point> in(Screenshot shot, Rectangle area, int tolerance) {
        Rectangle a = area.intersection(new Rectangle(0, 0, shot.width(), shot.height()));
        for (int y = a.y; y + height <= a.y + a.height; y++)
            for (int x = a.x; x + width <= a.x + a.width; x++)
                if (at(shot, x, y, tolerance)) return Optional.of(new Point(x, y));
        return Optional.empty();
    }

    private boolean at(Screenshot shot, int x0, int y0, int tolerance) {
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) {
                int expected = rgb[y * width + x];
                if (expected != OPEN && Screenshot.distance(shot.rgb(x0 + x, y0 + y), expected) > tolerance) return false;
            }
        return true;
    }
}
