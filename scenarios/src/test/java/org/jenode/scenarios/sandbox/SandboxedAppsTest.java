package org.jenode.scenarios.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.core.Core;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.junit.jupiter.api.Test;

class SandboxedAppsTest {

    private static final int W = 640, H = 400;

    private static String starts(String isolation) {
        return """
            <start name="nitpicker"> <resource name="RAM" quantum="8M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#203040"/> </config> </start>
            <start name="testnit" isolation="ISO"> <resource name="RAM" quantum="4M"/> <config xpos="20" ypos="20"/> </start>
            <start name="hello" isolation="ISO"> <resource name="RAM" quantum="2M"/> <config xpos="360" ypos="280"/> </start>
            """.replace("ISO", isolation);
    }

    private static int[] screen(String isolation) {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core _ = fb.start(starts(isolation))) {
            fb.awaitScreen("testnit and hello (" + isolation + ")", () -> fb.rgb(365, 285) == 0x2a4d69 && fb.rgb(25, 25) != 0x203040);
            Canvas c = fb.image();
            int[] px = new int[W * H];
            c.pixels().get(0, px);
            return px;
        }
    }

    @Test
    void sandboxedAppsShowTheSamePixels() {
        int[] inThread = screen("thread");
        int[] inProcess = screen("process");
        assertThat(inProcess).isEqualTo(inThread);
    }
}
