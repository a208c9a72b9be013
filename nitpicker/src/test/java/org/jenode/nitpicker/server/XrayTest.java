package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.nitpicker.server.FakeDisplay.await;

import java.io.File;

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
            FakeDisplay d = desk.display;
            d.inject(new InputEvent.AbsoluteMotion(30, 30), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Press(Keycodes.KEY_SCROLLLOCK),
                    new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            // focused "top" (layer 2, orange): 5 px frame, outer ring black, then domain colour
            await("xray frame", () -> d.pixel(15, 50) == 0xff000000 && d.pixel(16, 50) == 0xffffaa00);
            assertThat(d.pixel(19, 50)).isEqualTo(0xff000000);
            assertThat(d.pixel(14, 50)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            // unfocused "evil": 3 px frame and tinted content: avr(colour/2, src)
            assertThat(d.pixel(57, 150)).isEqualTo(0xff000000);
            assertThat(d.pixel(58, 150)).isEqualTo(0xff4488ff);
            int tinted = 0xff000000 | (((0x60 + 0x44 / 2) / 2) << 16) | (((0x60 + 0x88 / 2) / 2) << 8) | ((0x60 + 0xff / 2) / 2);
            assertThat(d.pixel(200, 150)).isEqualTo(tinted);
            // evil's label starts with its real session label in white, wherever nitpicker placed it
            Font font = Font.ofSize(11);
            String title = fake.substring(0, View.TITLE_LEN);
            int w = font.width("evil") + LabelPainter.GAP + font.width(title) + 2;
            int x0 = 60 + (220 - w) / 2 + 1;
            await("label drawn", () -> countWhite(d, x0, 111, font.width("evil"), font.height()) > 5);
            d.writePng(new File("target/xray.png"));
            assertThat(countWhite(d, x0 + font.width("evil") + LabelPainter.GAP, 111, font.width(title), font.height()))
                    .as("the title is drawn in the domain colour, never white").isZero();

            d.inject(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK), new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            await("flat again", () -> d.pixel(200, 150) == 0xff606060 && d.pixel(15, 50) == Policy.DEFAULT_BACKGROUND);
        }
    }

    @Test
    void killModeLocksOutTheClickedSession() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            FakeDisplay d = desk.display;
            d.inject(new InputEvent.Press(Keycodes.KEY_PRINT), new InputEvent.Release(Keycodes.KEY_PRINT));
            await("kill tint", () -> d.pixel(120, 10) == 0xff000000 + (((0xff / 2) / 2) << 16) + ((0xff / 2) << 8));
            d.inject(new InputEvent.AbsoluteMotion(120, 10), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            await("b gone", () -> d.pixel(120, 10) == Policy.DEFAULT_BACKGROUND && d.pixel(10, 10) == 0xffff0000);
            assertThat(b.events()).doesNotContain(new InputEvent.Press(Keycodes.BTN_LEFT));
        }
    }

    static int countWhite(FakeDisplay d, int x, int y, int w, int h) {
        int n = 0;
        for (int py = y; py < y + h; py++) for (int px = x; px < x + w; px++) if (d.pixel(px, py) == 0xffffffff) n++;
        return n;
    }
}
