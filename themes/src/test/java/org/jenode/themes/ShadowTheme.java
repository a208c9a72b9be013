package org.jenode.themes;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * {@code shadow}: a light frame that floats on a soft drop shadow (the aura, deeper below the window
 * than above it), maximizer at the left and closer at the right as in Genode's own theme layout.
 * The title bar's gradient ends above row 32, the row the nine-slice repeats down the sides.
 */
final class ShadowTheme {

    static final int S = 64;
    static final int AURA_TOP = 10, AURA_BOTTOM = 16, AURA_SIDE = 13, TOP = 24, SIDE = 5;
    private static final int LIGHT = 0xfbfbfb, BODY = 0xececec, LINE = 0xa9a9a9, TEXT = 0x303030, GLYPH = 0x505050;

    private ShadowTheme() { }

    static ThemeArt draw() {
        float x = AURA_SIDE, y = AURA_TOP, w = S - 2 * AURA_SIDE, h = S - AURA_TOP - AURA_BOTTOM;
        RoundRectangle2D.Float shape = new RoundRectangle2D.Float(x, y, w, h, 12, 12);
        BufferedImage frame = Paint.shadow(S, S, shape, 0, 4, 4, 0x000000, 255);
        Graphics2D g = Paint.graphics(frame);
        g.setColor(new Color(LINE));
        g.fill(shape);
        g.setPaint(new GradientPaint(0, y + 1, new Color(LIGHT), 0, 31, new Color(BODY)));
        g.fill(new RoundRectangle2D.Float(x + 1, y + 1, w - 2, h - 2, 10, 10));
        g.setColor(new Color(BODY));
        g.fill(new Rectangle2D.Float(x + 1, 31, w - 2, y + h - 1 - 31 - 5));
        g.dispose();
        Paint.clear(frame, new Rectangle2D.Float(x + SIDE, y + TOP, w - 2 * SIDE, h - TOP - SIDE));
        return new ThemeArt("shadow", frame, control(true), control(false), """
                <theme>
                  <aura  top="%d" bottom="%d" left="%d" right="%d"/>
                  <decor top="%d" bottom="%d" left="%d" right="%d"/>
                  <title xpos="32" ypos="12" width="2" height="20" color="#%06x"/>
                  <maximizer xpos="16" ypos="14"/>
                  <closer xpos="34" ypos="14"/>
                </theme>
                """.formatted(AURA_TOP, AURA_BOTTOM, AURA_SIDE, AURA_SIDE, TOP, SIDE, SIDE, SIDE, TEXT));
    }

    private static BufferedImage control(boolean closer) {
        int size = 16;
        BufferedImage img = Paint.image(size, size);
        Graphics2D g = Paint.graphics(img);
        g.setColor(Paint.rgba(0xffffff, 200));
        g.fill(Paint.disc(size, 0.5f));
        g.setColor(Paint.rgba(LINE, 255));
        g.draw(Paint.disc(size, 0.5f));
        if (closer) Paint.cross(g, size, 5, 1.6f, new Color(GLYPH));
        else Paint.windowOutline(g, size, 4.5f, 1.2f, new Color(GLYPH));
        g.dispose();
        return img;
    }
}
