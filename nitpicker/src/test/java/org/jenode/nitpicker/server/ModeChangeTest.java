package org.jenode.nitpicker.server;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.nitpicker.server.FakeDisplay.await;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/** Live re-mode of the physical screen, domain origins, and the backdrop as default background. */
class ModeChangeTest {

    static final String CONFIG = """
            <domain name="corner" layer="2" origin="bottom_right" xpos="-20" ypos="-20"/>
            <domain name="default" layer="3"/>
            <policy label="corner" domain="corner"/>
            <policy label="" domain="default"/>
            <report displays="yes"/>
            <pointer draw="no"/>
            """;

    @Test
    void modeChangeRedrawsAndSignalsSessions() throws Exception {
        try (Desk desk = new Desk(200, 100, CONFIG, "corner", "backdrop")) {
            GuiClient backdrop = desk.client("backdrop").open(1 << 20, 400, 200, false, 0xff336699);
            ViewHandle bg = backdrop.view(ViewHandle.NONE, new Rect(0, 0, 400, 200));
            backdrop.run(new Command.Background(bg), new Command.ToBack(bg, ViewHandle.NONE));
            GuiClient corner = desk.client("corner").open(1 << 20, 20, 20, false, 0xffff0000);
            corner.view(ViewHandle.NONE, new Rect(0, 0, 20, 20));
            FakeDisplay d = desk.display;
            await("corner view", () -> d.pixel(199, 99) == 0xffff0000 && d.pixel(0, 0) == 0xff336699);

            CompletableFuture<Mode> seen = new CompletableFuture<>();
            corner.probe().onEp(env -> {
                corner.session().modeSigh(env.ep().handler(() -> seen.complete(corner.session().mode())));
                return null;
            });
            d.changeMode(300, 150);
            assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo(new Mode(300, 150));
            await("redrawn at the new corner", () -> d.currentMode().width() == 300 && d.pixel(299, 149) == 0xffff0000);
            assertThat(d.pixel(0, 0)).isEqualTo(0xff336699);
            Await.report(desk.core, "init -> nitpicker -> displays",
                    x -> x.child("display").map(n -> n.attribute("width", "")).orElse("").equals("300"), java.time.Duration.ofSeconds(5));
        }
    }

    @Test
    void policyChangesApplyLiveWithoutDisturbingSessions() {
        try (Desk desk = new Desk(200, 100, CONFIG, "corner")) {
            GuiClient corner = desk.client("corner").open(1 << 20, 20, 20, false, 0xffff0000);
            corner.view(ViewHandle.NONE, new Rect(0, 0, 20, 20));
            FakeDisplay d = desk.display;
            await("corner view", () -> d.pixel(199, 99) == 0xffff0000);
            desk.reconfigure(CONFIG.replace("origin=\"bottom_right\" xpos=\"-20\" ypos=\"-20\"", "origin=\"top_left\"")
                    + "<background color=\"#123456\"/>");
            await("moved to the new origin with the new background",
                    () -> d.pixel(0, 0) == 0xffff0000 && d.pixel(199, 99) == 0xff123456);
        }
    }
}
