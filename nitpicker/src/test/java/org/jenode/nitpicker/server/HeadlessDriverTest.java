package org.jenode.nitpicker.server;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.nitpicker.server.FakeDisplay.await;

import java.time.Duration;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.Mode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/**
 * Nitpicker on the real headless driver, as a desktop runs it: pixels read back from what the driver
 * shows (its Capture service), input injected at the driver (its Event service), the mode changed
 * through the driver's config ROM.
 */
class HeadlessDriverTest {

    private static final int BLUE = 0xff0000ff, RED = 0xffff0000;

    private final Probe a = new Probe("a"), b = new Probe("b");
    private final HeadlessScreen screen = new HeadlessScreen(200, 100);

    private Core start() {
        return screen.start("""
                <start name="nitpicker">
                  <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config>
                    <report focus="yes"/>
                    <domain name="default" layer="1"/>
                    <policy label="" domain="default"/>
                    <background color="#000000"/>
                    <pointer draw="no"/>
                  </config>
                </start>
                <start name="a"> <resource name="RAM" quantum="8M"/> </start>
                <start name="b"> <resource name="RAM" quantum="8M"/> </start>
                """, a.binary(), b.binary());
    }

    @Test
    void composedPixelsReachTheDriverAndClicksFromTheDriverFocus() throws Exception {
        try (Core core = start()) {
            GuiClient left = new GuiClient(a).open(1 << 20, 100, 100, false, BLUE);
            GuiClient right = new GuiClient(b).open(1 << 20, 100, 100, true, 0x80ff0000);
            ViewHandle parent = left.view(ViewHandle.NONE, new Rect(10, 10, 60, 60));
            right.view(ViewHandle.NONE, new Rect(50, 20, 60, 60));
            left.view(parent, new Rect(5, 5, 10, 10)); // nested: at (15,15) on screen, clipped to the parent

            int blended = 0xff000000 | (((0xff * 0x80 + 127) / 255) << 16) | ((0xff * 0x7f + 127) / 255);
            int overBlack = 0xff000000 | (((0xff * 0x80 + 127) / 255) << 16);
            await("composed", () -> pixel(screen, 60, 30) == blended && pixel(screen, 100, 30) == overBlack);
            assertThat(pixel(screen, 10, 10)).isEqualTo(BLUE);
            assertThat(pixel(screen, 9, 9)).as("background").isEqualTo(0xff000000);
            assertThat(pixel(screen, 15, 15)).as("nested view").isEqualTo(BLUE);
            assertThat(pixel(screen, 150, 50)).as("off every view").isEqualTo(0xff000000);

            screen.inject(new InputEvent.AbsoluteMotion(20, 20), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Press(Keycodes.KEY_Q), new InputEvent.Release(Keycodes.KEY_Q));
            await("key reached the clicked client", () -> left.events().contains(new InputEvent.Press(Keycodes.KEY_Q)));
            assertThat(right.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_Q));
            Await.report(core, "init -> nitpicker -> focus", f -> f.attribute("label", "").equals("a"), Duration.ofSeconds(5));
        }
    }

    @Test
    void aNewModeInTheDriversConfigReModesTheWholeScreen() throws Exception {
        try (Core _ = start()) {
            GuiClient left = new GuiClient(a).open(1 << 20, 100, 100, false, BLUE);
            left.view(ViewHandle.NONE, new Rect(150, 50, 100, 100)); // partly off the 200x100 screen
            await("drawn", () -> pixel(screen, 199, 99) == BLUE);

            screen.changeMode(320, 240);
            await("re-moded", () -> screen.mode().equals(new Mode(320, 240)) && pixel(screen, 249, 149) == BLUE);
            assertThat(pixel(screen, 250, 150)).as("beyond the view, in the new area").isEqualTo(0xff000000);
            assertThat(pixel(screen, 319, 239)).isEqualTo(0xff000000);
            Mode clientMode = left.probe().onEp(env -> left.session().mode());
            assertThat(clientMode).isEqualTo(new Mode(320, 240));
        }
    }

    /** The pixel as the screen shows it (opaque), or 0 off the screen. */
    private static int pixel(HeadlessScreen screen, int x, int y) {
        int rgb = screen.rgb(x, y);
        return rgb < 0 ? 0 : 0xff000000 | rgb;
    }
}
