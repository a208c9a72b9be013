package org.jenode.themes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * {@code flat}: a flat modern look. A slate frame with rounded top corners, no shadow, a light title,
 * and both controls as coloured discs at the right end of the title bar. The image is 96 wide so that
 * two 18-pixel controls fit in its right half, which is anchored to the window's right edge.
 */
final class FlatTheme {

    static final int W = 96, H = 64, TOP = 28, SIDE = 4;
    private static final int SLATE = 0x2e3440, EDGE = 0x1c2028, TEXT = 0xe5e9f0;

    private FlatTheme() { }

    static ThemeArt draw() {
        BufferedImage frame = Paint.image(W, H);
        Graphics2D g = Paint.graphics(frame);
        Area shape = new Area(new RoundRectangle2D.Float(0, 0, W, 40, 14, 14));
        shape.add(new Area(new RoundRectangle2D.Float(0, 24, W, H - 24, 4, 4)));
        g.setColor(new Color(EDGE));
        g.fill(shape);
        Area inner = new Area(new RoundRectangle2D.Float(1, 1, W - 2, 40, 12, 12));
        inner.add(new Area(new RoundRectangle2D.Float(1, 24, W - 2, H - 25, 3, 3)));
        g.setColor(new Color(SLATE));
        g.fill(inner);
        g.setColor(Paint.rgba(0xffffff, 28));
        g.fill(new Rectangle2D.Float(6, 1, W - 12, 1));
        g.dispose();
        Paint.clear(frame, new Rectangle2D.Float(SIDE, TOP, W - 2 * SIDE, H - TOP - SIDE));
        return new ThemeArt("flat", frame, control(0xbf616a, true), control(0x5e81ac, false), """
                <theme>
                  <aura  top="0" bottom="0" left="0" right="0"/>
                  <decor top="%d" bottom="%d" left="%d" right="%d"/>
                  <title xpos="10" ypos="4" width="42" height="20" color="#%06x"/>
                  <maximizer xpos="52" ypos="5"/>
                  <closer xpos="72" ypos="5"/>
                </theme>
                """.formatted(TOP, SIDE, SIDE, SIDE, TEXT));
    }

    private static BufferedImage control(int rgb, boolean closer) {
        int size = 18;
        BufferedImage img = Paint.image(size, size);
        Graphics2D g = Paint.graphics(img);
        g.setColor(new Color(rgb));
        g.fill(Paint.disc(size, 1));
        if (closer) Paint.cross(g, size, 6, 1.8f, new Color(TEXT));
        else Paint.windowOutline(g, size, 5.5f, 1.2f, new Color(TEXT));
        g.dispose();
        return img;
    }
}
