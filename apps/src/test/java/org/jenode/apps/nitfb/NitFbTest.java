package org.jenode.apps.nitfb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.Dataspace;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SignalHandler;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.Pngs;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.testing.NitpickerStart;
import org.junit.jupiter.api.Test;

/**
 * A nitpicker inside nit_fb inside the desktop, as Genode nests one: testnit shows on the inner nitpicker,
 * whose screen is nit_fb's view on the outer one, and what the test reads back from the outer fb_headless
 * is the inner desktop at nit_fb's place; input at the outer driver reaches testnit relative to it.
 */
class NitFbTest {

    private static final int W = 640, H = 480;
    private static final int INNER_BACKGROUND = 0x204060;
    /** testnit's first view (at its xpos/ypos 20,20) shows this colour at (5,6) of the inner screen. */
    private static final int TILE0 = 0x3c6e9e;
    /** The outer nitpicker, on fb. */
    private static final String OUTER = NitpickerStart.with("""
            <domain name="default" layer="1" xray="none"/>
            <policy label="" domain="default"/>
            <background color="#000000"/> <pointer draw="no"/>
            """);

    /** The outer nitpicker, nit_fb with {@code nitFbConfig}, the inner nitpicker and testnit in it. */
    private static String nested(String nitFbConfig, String more) { return nested("nit_fb", nitFbConfig, more); }

    private static String nested(String binary, String nitFbConfig, String more) {
        return OUTER + """
                <start name="nit_fb">
                  <binary name="%s"/>
                  <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> </provides>
                  %s
                  <route> <service name="Nitpicker"> <child name="nitpicker"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="inner">
                  <binary name="nitpicker"/>
                  <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config>
                    <domain name="default" layer="1" xray="none"/>
                    <policy label="" domain="default"/>
                    <background color="#204060"/> <pointer draw="no"/>
                  </config>
                  <route> <service name="Framebuffer"> <child name="nit_fb"/> </service> <service name="Input"> <child name="nit_fb"/> </service>
                          <any-service> <parent/> </any-service> </route>
                </start>
                <start name="testnit">
                  <resource name="RAM" quantum="2M"/>
                  <config xpos="20" ypos="20"/>
                  <route> <service name="Nitpicker"> <child name="inner"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                %s
                """.formatted(binary, nitFbConfig, more);
    }

    @Test
    void aNestedNitpickerShowsAtNitFbsPlaceAndFollowsItsConfigLive() {
        HeadlessScreen screen = new HeadlessScreen(W, H);
        try (Core core = screen.start(nested("<config xpos=\"100\" ypos=\"50\" width=\"320\" height=\"240\"/>", ""))) {
            screen.awaitScreen("the inner desktop with testnit", () -> screen.rgb(100 + 25, 50 + 26) == TILE0
                    && screen.rgb(100 + 319, 50 + 239) == INNER_BACKGROUND);
            assertThat(screen.rgb(99, 50)).as("left of nit_fb's view").isZero();
            assertThat(screen.rgb(100 + 320, 50 + 239)).as("right of it").isZero();
            assertThat(screen.rgb(100 + 319, 50 + 240)).as("below it").isZero();
            Pngs.write(screen.image(), "nit_fb_nested");

            // a drag at the outer driver moves testnit's view inside: nit_fb hands input on relative to its view
            screen.inject(new InputEvent.AbsoluteMotion(100 + 30, 50 + 30), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.AbsoluteMotion(100 + 80, 50 + 60), new InputEvent.AbsoluteMotion(100 + 130, 50 + 90),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            screen.awaitScreen("testnit's view moved by (100,60) inside", () -> screen.rgb(100 + 125, 50 + 86) == TILE0
                    && screen.rgb(100 + 25, 50 + 26) == INNER_BACKGROUND);

            // a new position and size, live: the inner nitpicker gets the new mode through the handshake
            core.rom("config").set(screen.initConfig(nested("<config xpos=\"300\" ypos=\"200\" width=\"200\" height=\"150\"/>", "")));
            // (testnit's dragged view now covers the inner screen's bottom right corner)
            screen.awaitScreen("the inner desktop moved and smaller", () -> screen.rgb(300, 200) == INNER_BACKGROUND
                    && screen.rgb(300 + 199, 200) == INNER_BACKGROUND && screen.rgb(300 + 200, 200) == 0
                    && screen.rgb(300, 200 + 150) == 0 && screen.rgb(100 + 10, 50 + 10) == 0);
            Pngs.write(screen.image(), "nit_fb_moved");

            // a typo in the live config is refused and logged; nit_fb keeps the screen and takes the next config
            try (LogCapture log = new LogCapture()) {
                core.rom("config").set(screen.initConfig(nested("<config xpos=\"300\" ypos=\"200\" width=\"0\" height=\"150\"/>", "")));
                Await.until("the typo refused", () -> log.messagesOf("init -> nit_fb").stream().anyMatch(m -> m.contains("width=\"0\"")));
            }
            assertThat(screen.rgb(300, 200)).as("the screen stays").isEqualTo(INNER_BACKGROUND);
            core.rom("config").set(screen.initConfig(nested("<config xpos=\"10\" ypos=\"20\" width=\"200\" height=\"150\"/>", "")));
            screen.awaitScreen("the inner desktop at (10,20)", () -> screen.rgb(10, 20) == INNER_BACKGROUND && screen.rgb(300, 200) == 0);
        }
    }

    @Test
    void withoutASizeItFollowsTheOuterScreen() {
        HeadlessScreen screen = new HeadlessScreen(W, H);
        try (Core _ = screen.start(nested("<config/>", ""))) {
            screen.awaitScreen("the inner desktop all over", () -> screen.rgb(25, 26) == TILE0 && screen.rgb(W - 1, H - 1) == INNER_BACKGROUND);
            screen.changeMode(800, 600);
            screen.awaitScreen("the inner desktop at 800x600", () -> screen.mode().equals(new Mode(800, 600))
                    && screen.rgb(799, 599) == INNER_BACKGROUND && screen.rgb(25, 26) == TILE0);
        }
    }

    @Test
    void liquidFbIsNitFbWithGenodesLiquidDefaults() {
        HeadlessScreen screen = new HeadlessScreen(1024, 768);
        try (Core _ = screen.start(nested("liquid_fb", "<config title=\"demo\" animate=\"on\"/>", ""))) {
            screen.awaitScreen("the inner desktop at (400,270), 500x400", () -> screen.rgb(400 + 25, 270 + 26) == TILE0
                    && screen.rgb(400 + 499, 270 + 399) == INNER_BACKGROUND && screen.rgb(400 + 500, 270 + 399) == 0
                    && screen.rgb(399, 270) == 0);
        }
    }

    @Test
    void oneClientAtATimeAndHostileArgumentsHurtOnlyTheirSender() {
        HeadlessScreen screen = new HeadlessScreen(W, H);
        Probe intruder = new Probe("intruder");
        try (Core _ = screen.start(nested("<config xpos=\"100\" ypos=\"50\" width=\"320\" height=\"240\"/>",
                "<start name=\"intruder\"> <resource name=\"RAM\" quantum=\"1M\"/> <route> <any-service> <child name=\"nit_fb\"/> </any-service> </route> </start>"),
                intruder.binary())) {
            screen.awaitScreen("the inner desktop", () -> screen.rgb(100 + 25, 50 + 26) == TILE0);
            // the inner nitpicker holds the Framebuffer: a second client is denied, not let in to its pixels
            assertThatThrownBy(() -> intruder.onEp(env -> env.session(FramebufferSession.class, "fb")))
                    .isInstanceOf(ServiceDeniedException.class).hasMessageContaining("one Framebuffer session at a time");
            // so is a second Input client
            assertThatThrownBy(() -> intruder.onEp(env -> env.session(org.jenode.input.InputSession.class, "input")))
                    .isInstanceOf(ServiceDeniedException.class).hasMessageContaining("one Input session at a time");
        }
    }

    @Test
    void aClientThatRefreshesNonsenseOrNothingKeepsNitFbServing() {
        HeadlessScreen screen = new HeadlessScreen(W, H);
        Probe client = new Probe("client");
        String alone = OUTER + """
                <start name="nit_fb">
                  <resource name="RAM" quantum="2M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> </provides>
                  <config xpos="10" ypos="10" width="64" height="48"/>
                  <route> <service name="Nitpicker"> <child name="nitpicker"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="client"> <resource name="RAM" quantum="1M"/>
                  <route> <any-service> <child name="nit_fb"/> </any-service> </route> </start>
                """;
        try (Core _ = screen.start(alone, client.binary())) {
            FramebufferSession fb = client.onEp(env -> env.session(FramebufferSession.class, "fb"));
            AtomicInteger ticks = new AtomicInteger();
            client.onEp(env -> {
                fb.modeSigh(SignalHandler.NONE);
                fb.syncSigh(SignalHandler.NONE);
                fb.syncSigh(env.ep().handler(ticks::incrementAndGet));
                return null;
            });
            // refreshes before a buffer, far outside, negative, overflowing: nothing to show, no fault
            fb.refresh(new Rect(0, 0, 64, 48));
            Dataspace ds = fb.dataspace();
            assertThat(ds.size()).isEqualTo(64 * 48 * 4);
            fb.refresh(new Rect(-1000, -1000, 5, 5));
            fb.refresh(new Rect(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
            fb.refresh(new Rect(Integer.MIN_VALUE, Integer.MIN_VALUE, -1, -1));
            // and it still serves: a real refresh shows
            var pixels = ds.ints();
            for (int i = 0; i < 64 * 48; i++) pixels.put(i, 0xffc04020);
            fb.refresh(new Rect(0, 0, 64, 48));
            screen.awaitScreen("the client's pixels at nit_fb's place", () -> screen.rgb(10, 10) == 0xc04020 && screen.rgb(73, 57) == 0xc04020
                    && screen.rgb(74, 58) == 0);
            Await.until("sync ticks from nitpicker through nit_fb", () -> ticks.get() > 0);
        }
    }
}
