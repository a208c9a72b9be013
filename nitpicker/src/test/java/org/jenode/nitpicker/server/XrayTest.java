package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.testing.Await.until;

import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Font;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/** The trusted path: frames, tints and labels that nitpicker draws; kill mode. Writes target/xray.png. */
class XrayTest {

    static final String CONFIG = Desk.DEFAULT_CONFIG + """
            <global-key name="KEY_SCROLLLOCK" operation="xray"/>
            <global-key name="KEY_PRINT" operation="kill"/>
            """;

    @Test
    void xrayFramesTintsAndLabelsThatATitleCannotHide() throws Exception {
        try (Desk desk = new Desk(320, 200, CONFIG, "top", "evil")) {
            GuiClient top = desk.client("top").open(1 << 20, 200, 200, false, 0xffd0d0d0);
            GuiClient evil = desk.client("evil").open(1 << 20, 200, 200, false, 0xff606060);
            ViewHandle tv = top.view(ViewHandle.NONE, new Rect(20, 20, 150, 80));
            ViewHandle ev = evil.view(ViewHandle.NONE, new Rect(60, 110, 220, 70));
            top.run(new Command.Title(tv, "Terminal"));
            String fake = "top  Terminal                              and more text past 31 chars";
            evil.run(new Command.Title(ev, fake));
            desk.inject(new InputEvent.AbsoluteMotion(30, 30), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Press(Keycodes.KEY_SCROLLLOCK),
                    new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            // focused "top" (layer 2, orange): 5 px frame, outer ring black, then domain colour
            until("xray frame", () -> desk.pixel(15, 50) == 0xff000000 && desk.pixel(16, 50) == 0xffffaa00);
            assertThat(desk.pixel(19, 50)).isEqualTo(0xff000000);
            assertThat(desk.pixel(14, 50)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            // unfocused "evil": 3 px frame and tinted content: avr(colour/2, src)
            assertThat(desk.pixel(57, 150)).isEqualTo(0xff000000);
            assertThat(desk.pixel(58, 150)).isEqualTo(0xff4488ff);
            int tinted = 0xff000000 | (((0x60 + 0x44 / 2) / 2) << 16) | (((0x60 + 0x88 / 2) / 2) << 8) | ((0x60 + 0xff / 2) / 2);
            assertThat(desk.pixel(200, 150)).isEqualTo(tinted);
            // evil's label starts with its real session label in white, wherever nitpicker placed it
            Font font = Font.ofSize(11);
            String title = fake.substring(0, View.TITLE_LEN);
            int w = font.width("evil") + LabelPainter.GAP + font.width(title) + 2;
            int x0 = 60 + (220 - w) / 2 + 1;
            until("label drawn", () -> countWhite(desk, x0, 111, font.width("evil"), font.height()) > 5);
            desk.writePng("xray");
            assertThat(countWhite(desk, x0 + font.width("evil") + LabelPainter.GAP, 111, font.width(title), font.height()))
                    .as("the title is drawn in the domain colour, never white").isZero();

            desk.inject(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK), new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            until("flat again", () -> desk.pixel(200, 150) == 0xff606060 && desk.pixel(15, 50) == Policy.DEFAULT_BACKGROUND);
        }
    }

    @Test
    void killModeLocksOutTheClickedSession() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            desk.inject(new InputEvent.Press(Keycodes.KEY_PRINT), new InputEvent.Release(Keycodes.KEY_PRINT));
            until("kill tint", () -> desk.pixel(120, 10) == 0xff000000 + (((0xff / 2) / 2) << 16) + ((0xff / 2) << 8));
            desk.inject(new InputEvent.AbsoluteMotion(120, 10), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            until("b gone", () -> desk.pixel(120, 10) == Policy.DEFAULT_BACKGROUND && desk.pixel(10, 10) == 0xffff0000);
            assertThat(b.events()).doesNotContain(new InputEvent.Press(Keycodes.BTN_LEFT));
        }
    }

    static int countWhite(Desk desk, int x, int y, int w, int h) {
        int n = 0;
        for (int p : desk.screen.pixels(new Rect(x, y, w, h))) if ((p & 0xffffff) == 0xffffff) n++;
        return n;
    }
}
