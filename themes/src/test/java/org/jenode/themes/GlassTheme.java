package org.jenode.themes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * {@code glass}: a translucent blue frame through which the windows behind show, with a bright rim,
 * a dark inner line around the content and a faint blue glow as its aura.
 */
final class GlassTheme {

    static final int S = 64, AURA = 6, TOP = 22, SIDE = 6;

    private GlassTheme() { }

    static ThemeArt draw() {
        float x = AURA, y = AURA, w = S - 2 * AURA, h = S - 2 * AURA;
        RoundRectangle2D.Float shape = new RoundRectangle2D.Float(x, y, w, h, 10, 10);
        BufferedImage frame = Paint.shadow(S, S, shape, 0, 0, 2, 0x96beff, 90);
        Graphics2D g = Paint.graphics(frame);
        g.setColor(Paint.rgba(0x28417a, 185));
        g.fill(shape);
        g.setPaint(new GradientPaint(0, y, Paint.rgba(0x7fa6e0, 215), 0, y + TOP - 1, Paint.rgba(0x28417a, 185)));
        g.fill(new RoundRectangle2D.Float(x, y, w, TOP + 4, 10, 10));
        g.setColor(Paint.rgba(0x28417a, 185));
        g.fill(new Rectangle2D.Float(x, y + TOP, w, 4));
        g.setStroke(new BasicStroke(1f));
        g.setColor(Paint.rgba(0xffffff, 120));
        g.draw(new RoundRectangle2D.Float(x + 0.5f, y + 0.5f, w - 1, h - 1, 9, 9));
        g.setColor(Paint.rgba(0x0a1428, 150));
        g.draw(new Rectangle2D.Float(x + SIDE - 0.5f, y + TOP - 0.5f, w - 2 * SIDE + 1, h - TOP - SIDE + 1));
        g.dispose();
        Paint.clear(frame, new Rectangle2D.Float(x + SIDE, y + TOP, w - 2 * SIDE, h - TOP - SIDE));
        return new ThemeArt("glass", frame, control(true), control(false), """
                <theme>
                  <aura  top="%d" bottom="%d" left="%d" right="%d"/>
                  <decor top="%d" bottom="%d" left="%d" right="%d"/>
                  <title xpos="26" ypos="8" width="13" height="16" color="#ffffff"/>
                  <maximizer xpos="8" ypos="8"/>
                  <closer xpos="40" ypos="8"/>
                </theme>
                """.formatted(AURA, AURA, AURA, AURA, TOP, SIDE, SIDE, SIDE));
    }

    private static BufferedImage control(boolean closer) {
        int size = 16;
        BufferedImage img = Paint.image(size, size);
        Graphics2D g = Paint.graphics(img);
        g.setColor(Paint.rgba(0xffffff, 60));
        g.fill(Paint.disc(size, 1));
        g.setColor(Paint.rgba(0xffffff, 170));
        g.setStroke(new BasicStroke(1f));
        g.draw(Paint.disc(size, 1.5f));
        if (closer) Paint.cross(g, size, 5, 1.6f, Color.WHITE);
        else Paint.windowOutline(g, size, 4.5f, 1.2f, Color.WHITE);
        g.dispose();
        return img;
    }
}
