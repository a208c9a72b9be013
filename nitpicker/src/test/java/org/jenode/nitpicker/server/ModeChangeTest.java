package org.jenode.nitpicker.server;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.testing.Await.until;

import java.util.concurrent.CompletableFuture;

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
            <policy label="backdrop" domain="default" background="yes"/>
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
            until("corner view", () -> desk.pixel(199, 99) == 0xffff0000 && desk.pixel(0, 0) == 0xff336699);

            CompletableFuture<Mode> seen = new CompletableFuture<>();
            corner.probe().onEp(env -> {
                corner.session().modeSigh(env.ep().handler(() -> seen.complete(corner.session().mode())));
                return null;
            });
            desk.screen.changeMode(300, 150);
            until("the mode signal", seen::isDone);
            assertThat(seen.join()).isEqualTo(new Mode(300, 150));
            until("redrawn at the new corner", () -> desk.screen.mode().width() == 300 && desk.pixel(299, 149) == 0xffff0000);
            assertThat(desk.pixel(0, 0)).isEqualTo(0xff336699);
            Await.report(desk.core, "init -> nitpicker -> displays",
                    x -> x.child("display").map(n -> n.attribute("width", "")).orElse("").equals("300"));
        }
    }

    @Test
    void aViewPartlyOffTheScreenShowsTheRestWhenTheScreenGrows() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, 0xff0000ff);
            a.view(ViewHandle.NONE, new Rect(150, 50, 100, 100));
            until("drawn", () -> desk.pixel(199, 99) == 0xff0000ff);
            desk.screen.changeMode(320, 240);
            until("re-moded", () -> desk.screen.mode().equals(new Mode(320, 240)) && desk.pixel(249, 149) == 0xff0000ff);
            assertThat(desk.pixel(250, 150)).as("beyond the view, in the new area").isEqualTo(Policy.DEFAULT_BACKGROUND);
            assertThat(desk.pixel(319, 239)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            Mode seen = a.probe().onEp(env -> a.session().mode());
            assertThat(seen).isEqualTo(new Mode(320, 240));
        }
    }

    @Test
    void policyChangesApplyLiveWithoutDisturbingSessions() {
        try (Desk desk = new Desk(200, 100, CONFIG, "corner")) {
            GuiClient corner = desk.client("corner").open(1 << 20, 20, 20, false, 0xffff0000);
            corner.view(ViewHandle.NONE, new Rect(0, 0, 20, 20));
            until("corner view", () -> desk.pixel(199, 99) == 0xffff0000);
            desk.reconfigure(CONFIG.replace("origin=\"bottom_right\" xpos=\"-20\" ypos=\"-20\"", "origin=\"top_left\"")
                    + "<background color=\"#123456\"/>");
            until("moved to the new origin with the new background",
                    () -> desk.pixel(0, 0) == 0xffff0000 && desk.pixel(199, 99) == 0xff123456);
        }
    }
}
