package org.jenode.scenarios.wm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.scenarios.wm.WindowedDesk.content;
import static org.jenode.scenarios.wm.WindowedDesk.window;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.junit.jupiter.api.Test;

/**
 * The decorator's look switched live under a running wm: from motif to the themed decorator's "shadow"
 * theme and on to "flat", each redrawing the frame (other pixels in the title bar) with the new margins,
 * while the client's content stays what the client drew.
 */
class ThemeSwitchTest {

    private static final int APP = 0xff2060a0;

    /** The title bar's pixel beside the title (left of it, where no letter lies), {@code top} above the content. */
    private static Point bar(Rect c, int top) { return new Point(c.x() + 24, c.y() - top / 2); }

    private static int brightness(int rgb) { return Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff)); }

    @Test
    void aNewThemeRedrawsEveryFrameAtOnceWithItsMargins() throws Exception {
        WindowClient app = new WindowClient("app", APP);
        try (WindowedDesk desk = WindowedDesk.motif(app)) {
            app.open(new Mode(200, 120), "hello");
            Rect motif = desk.content("app hello");
            desk.awaitRgb("the window", new Point(motif.x() + 100, motif.y() + 60), APP & 0xffffff);
            int motifBar = desk.rgb(bar(motif, 20));
            assertThat(brightness(motifBar)).as("motif's dark title bar").isLessThan(120);
            desk.loadThemes("shadow", "flat");

            desk.reconfigureDecorator("<config renderer=\"themed\" theme=\"shadow\"/>");
            desk.rom("decorator_margins", m -> m.child("floating").map(f -> f.intAttribute("top", 0) == 24).orElse(false));
            Rect shadow = content(window(desk.layout(l -> content(window(l, "app")).y() >= 24), "app"));
            desk.awaitRgb("the content moved below the taller frame", shadow.position(), WindowClient.EDGE & 0xffffff);
            desk.screen.awaitScreen("shadow's light title bar", () -> brightness(desk.rgb(bar(shadow, 24))) > 180);
            desk.awaitRgb("the client's pixels in the new frame", new Point(shadow.x() + 100, shadow.y() + 60), APP & 0xffffff);
            int shadowBar = desk.rgb(bar(shadow, 24));
            desk.png("wm-theme-shadow");

            desk.reconfigureDecorator("<config renderer=\"themed\" theme=\"flat\"/>");
            desk.rom("decorator_margins", m -> m.child("floating").map(f -> f.intAttribute("top", 0) == 28).orElse(false));
            Rect flat = content(window(desk.layout(l -> content(window(l, "app")).y() >= 28), "app"));
            desk.awaitRgb("the content moved below the flat frame", flat.position(), WindowClient.EDGE & 0xffffff);
            desk.screen.awaitScreen("flat's slate title bar", () -> brightness(desk.rgb(bar(flat, 28))) < 120
                    && desk.rgb(bar(flat, 28)) != motifBar);
            assertThat(desk.rgb(bar(flat, 28))).isNotEqualTo(shadowBar);
            desk.awaitRgb("the client's pixels in the flat frame", new Point(flat.x() + 100, flat.y() + 60), APP & 0xffffff);
            desk.png("wm-theme-flat");
        }
    }
}
