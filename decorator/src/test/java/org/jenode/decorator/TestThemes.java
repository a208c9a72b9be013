package org.jenode.decorator;

import java.awt.image.BufferedImage;
import org.jenode.base.testing.Pngs;

/**
 * Plain 64x64 themes for pixel checks: a shadow of one translucent grey, a frame of one opaque
 * colour with a title bar of another, controls of solid 16x16 squares (maximizer at theme (12,12),
 * closer at (44,12), so right-anchored), and the title between them.
 */
final class TestThemes {

    static final int SHADOW = 0x80000000, CONTROL = 16;

    private TestThemes() { }

    static String metadata(int aura, int top, int side) {
        return """
            <theme>
              <aura top="%1$d" bottom="%1$d" left="%1$d" right="%1$d"/>
              <decor top="%2$d" bottom="%3$d" left="%3$d" right="%3$d"/>
              <title xpos="30" ypos="9" width="6" height="16"/>
              <closer xpos="44" ypos="12"/>
              <maximizer xpos="12" ypos="12"/>
            </theme>
            """.formatted(aura, top, side);
    }

    /** Theme {@code prefix...}: metadata and images for a shadow of {@code aura} and a frame of {@code top}/{@code side}. */
    static void serve(String prefix, RomServer roms, int aura, int top, int side, int frame, int bar) {
        roms.set(prefix + "metadata", metadata(aura, top, side));
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                boolean shadow = x < aura || y < aura || x >= 64 - aura || y >= 64 - aura;
                boolean hole = x >= aura + side && x < 64 - aura - side && y >= aura + top && y < 64 - aura - side;
                img.setRGB(x, y, shadow ? SHADOW : hole ? 0 : y < aura + top ? bar : frame);
            }
        }
        roms.set(prefix + "default.png", Pngs.encode(img));
        BufferedImage c = new BufferedImage(CONTROL, CONTROL, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < CONTROL; y++) for (int x = 0; x < CONTROL; x++) c.setRGB(x, y, 0xffffffff);
        roms.set(prefix + "closer.png", Pngs.encode(c));
        roms.set(prefix + "maximizer.png", Pngs.encode(c));
    }

    /** Theme {@code t}: an 8-pixel shadow, a 20/4 frame in {@code #2060a0}, its title bar {@code #103050}. */
    static void serveT(RomServer roms) { serve("theme/t/", roms, 8, 20, 4, 0xff2060a0, 0xff103050); }
}
