package org.jenode.apps.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Pngs;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** The apps as a user meets them: nitpicker on fb_headless, events injected at the driver, pixels read back. */
class AppsScenarioTest {

    private static final int W = 480, H = 320;
    private static final int BACKDROP = 0x336699, BAR_UNFOCUSED_LINE0 = 0x4b4b4b;

    /** fb, report_rom, nitpicker (pointer/panel/default domains), backdrop and status_bar, plus {@code more}. */
    private static Core start(HeadlessScreen fb, String more) { return fb.start(starts(more, "<fill color=\"#336699\"/>")); }

    private static String starts(String more, String backdropConfig) {
        return """
                <start name="report_rom"> <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Report"/> <service name="ROM"/> </provides>
                  <config> <policy label="status_bar -> focus" report="nitpicker -> focus"/>
                           <policy label="display_settings -> mode" report="fb -> mode"/> </config> </start>
                <start name="nitpicker"> <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <route> <service name="Report"> <child name="report_rom"/> </service>
                          <any-service> <parent/> <any-child/> </any-service> </route>
                  <config>
                    <report focus="yes"/>
                    <domain name="pointer" layer="1" xray="no" origin="pointer"/>
                    <domain name="panel" layer="2" xray="no"/>
                    <domain name="default" layer="3" ypos="18" height="-18" color="#66ccff"/>
                    <policy label="pointer" domain="pointer"/>
                    <policy label="status_bar" domain="panel"/>
                    <policy label="" domain="default"/>
                    <pointer draw="no"/>
                  </config> </start>
                <start name="backdrop"> <resource name="RAM" quantum="4M"/>
                  <config> BACKDROP </config> </start>
                <start name="status_bar"> <resource name="RAM" quantum="1M"/>
                  <route> <service name="ROM" label="focus"> <child name="report_rom"/> </service>
                          <any-service> <parent/> <any-child/> </any-service> </route> </start>
                """.replace("BACKDROP", backdropConfig) + more;
    }

    private static void click(HeadlessScreen fb, int x, int y) {
        fb.inject(new InputEvent.AbsoluteMotion(x, y), new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT));
    }

    @Test
    void backdropAndStatusBarFollowAScreenModeChange() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core _ = start(fb, "")) {
            fb.awaitScreen("initial desktop", () -> fb.rgb(W - 1, H - 1) == BACKDROP && fb.rgb(W - 1, 0) == BAR_UNFOCUSED_LINE0);
            fb.changeMode(640, 400);
            fb.awaitScreen("desktop at 640x400", () -> fb.mode().width() == 640
                    && fb.rgb(639, 399) == BACKDROP && fb.rgb(639, 0) == BAR_UNFOCUSED_LINE0 && fb.rgb(639, 19) == BACKDROP);
            Pngs.write(fb.image(), "scenario_mode_change");
        }
    }

    @Test
    void backdropRepaintsLiveWhenItsConfigChanges() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core core = start(fb, "")) {
            fb.awaitScreen("blue backdrop", () -> fb.rgb(W / 2, H / 2) == BACKDROP);
            core.rom("config").set(fb.initConfig(starts("", "<gradient top=\"#000000\" bottom=\"#0000ff\"/> <fill color=\"#993366\"/>")));
            fb.awaitScreen("purple backdrop", () -> fb.rgb(W / 2, H / 2) == 0x993366);
            core.rom("config").set(fb.initConfig(starts("", "<gradient top=\"#000000\" bottom=\"#0000ff\"/>")));
            fb.awaitScreen("gradient backdrop", () -> fb.rgb(W / 2, 19) < fb.rgb(W / 2, H - 1) && (fb.rgb(W / 2, H - 1) & 0xff) > 0xf0);
        }
    }

    @Test
    void pointerFollowsTheMouseAndClicksPassThroughIt() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core _ = start(fb, """
                <start name="pointer"> <resource name="RAM" quantum="1M"/> </start>
                """)) {
            fb.awaitScreen("desktop", () -> fb.rgb(W / 2, H / 2) == BACKDROP);
            fb.inject(new InputEvent.AbsoluteMotion(200, 150));
            fb.awaitScreen("arrow at the pointer", () -> fb.rgb(201, 151) == 0xffffff && fb.rgb(200, 150) == 0x1a1a1a);
            assertThat(fb.rgb(199, 149)).isEqualTo(BACKDROP);
            Pngs.write(fb.image(), "scenario_pointer");
            // the press lands on the tip of the arrow, yet reaches the backdrop: the bar turns to its domain colour
            click(fb, 200, 150);
            fb.awaitScreen("backdrop focused through the cursor", () -> fb.rgb(2, 1) == 0x6598b1);
        }
    }

    @Test
    void testnitViewIsDraggedWithItsChild() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        int tile0 = 0x3c6e9e, tile3 = 0x7a4a9a;
        try (Core _ = start(fb, """
                <start name="testnit"> <resource name="RAM" quantum="2M"/> <config xpos="20" ypos="20"/> </start>
                """)) {
            // view 1 at domain (20,20) = screen (20,38); its child at (+40,+82), showing tile 3 from (40,45)
            fb.awaitScreen("testnit views", () -> fb.rgb(25, 44) == tile0 && fb.rgb(20 + 40 + 5, 38 + 82 + 8) == tile3);
            fb.inject(new InputEvent.AbsoluteMotion(30, 50), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.AbsoluteMotion(80, 90), new InputEvent.AbsoluteMotion(130, 150),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            fb.awaitScreen("view 1 moved by (100,100)", () -> fb.rgb(125, 144) == tile0 && fb.rgb(165, 228) == tile3);
            assertThat(fb.rgb(25, 44)).as("the old place shows the backdrop again").isEqualTo(BACKDROP);
            Pngs.write(fb.image(), "scenario_testnit_drag");
        }
    }

    @Test
    void translucentTestnitViewTakesPressesOnlyOnItsDisc() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core _ = start(fb, """
                <start name="testnit"> <resource name="RAM" quantum="2M"/> <config xpos="20" ypos="20"/> </start>
                """)) {
            // the translucent view sits at domain (150,170) = screen (150,188), 200x140; its disc is centred
            int cx = 250, cy = 258;
            // testnit's disc colour 0xc0308040 over the backdrop, as nitpicker blends it; a sample of whatever
            // the disc shows first could catch a frame composed before the backdrop was there
            int disc = 0x317a56;
            // sample right of the title text, inside the disc (radius 68)
            fb.awaitScreen("disc", () -> fb.rgb(cx + 50, cy) == disc && fb.rgb(152, 190) == BACKDROP);
            // a drag starting on the transparent corner does not move the view
            fb.inject(new InputEvent.AbsoluteMotion(153, 191), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.AbsoluteMotion(123, 161), new InputEvent.Release(Keycodes.BTN_LEFT));
            // a drag starting on the disc does: it is the control that the first drag would have shown
            fb.inject(new InputEvent.AbsoluteMotion(cx, cy), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.AbsoluteMotion(cx - 30, cy - 30), new InputEvent.Release(Keycodes.BTN_LEFT));
            // moved once: centre (220,228); had the corner drag moved it too, centre (190,198) and (270,228) outside
            fb.awaitScreen("disc moved by (-30,-30) once", () -> fb.rgb(cx + 20, cy - 30) == disc && fb.rgb(cx + 60, cy) == BACKDROP);
            Pngs.write(fb.image(), "scenario_testnit_translucent");
        }
    }

    @Test
    void imageViewerShowsThePngFromItsRomAndFollowsChanges() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        int[] red = new int[40 * 30], green = new int[40 * 30];
        java.util.Arrays.fill(red, 0xffcc2211);
        java.util.Arrays.fill(green, 0xff22cc11);
        red[0] = 0xff0000ff;
        try (Core core = start(fb, """
                <start name="image_viewer"> <resource name="RAM" quantum="2M"/> <config rom="photo.png" xpos="200" ypos="100"/> </start>
                """)) {
            core.rom("photo.png").set(Pngs.encode(40, 30, red));
            // domain (200,100) = screen (200,118); 40x30
            fb.awaitScreen("image", () -> fb.rgb(200, 118) == 0x0000ff && fb.rgb(239, 147) == 0xcc2211 && fb.rgb(240, 147) == BACKDROP);
            core.rom("photo.png").set(Pngs.encode(40, 30, green));
            fb.awaitScreen("new image", () -> fb.rgb(200, 118) == 0x22cc11);
        }
    }

    @Test
    void clockWindowTicks() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core _ = start(fb, """
                <start name="clock"> <resource name="RAM" quantum="2M"/> <config xpos="300" ypos="20" size="100"/> </start>
                """)) {
            // the face's background corner at domain (300,20) = screen (300,38)
            fb.awaitScreen("clock", () -> fb.rgb(301, 39) == (0xff1d2731 & 0xffffff));
            int[] first = fb.image().pixels().array().clone();
            fb.awaitScreen("next second drawn", () -> !java.util.Arrays.equals(first, fb.image().pixels().array()));
            Pngs.write(fb.image(), "scenario_clock");
        }
    }

    @Test
    void displaySettingsClickPublishesTheDriverConfigAndHighlightsTheChoice() throws Exception {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core core = start(fb, """
                <start name="display_settings"> <resource name="RAM" quantum="2M"/>
                  <config xpos="40" ypos="60"> <fb title="Jenode" resizable="yes"/> </config>
                  <route> <service name="ROM" label="mode"> <child name="report_rom"/> </service>
                          <any-service> <parent/> <any-child/> </any-service> </route> </start>
                """)) {
            // panel at domain (40,60) = screen (40,78); button 2 spans menu (8,62)-(158,88)
            int bx = 40 + 8, by = 78 + 62;
            fb.awaitScreen("panel", () -> fb.rgb(bx + 3, by + 3) == 0x3b4a5a);
            click(fb, bx + 75, by + 13);
            XmlNode report = Await.report(core, "init -> display_settings -> fb_config",
                    r -> r.attribute("width", "").equals("1024"), Duration.ofSeconds(10));
            assertThat(report.attributes()).containsEntry("height", "768").containsEntry("title", "Jenode")
                    .containsEntry("resizable", "yes");
            fb.awaitScreen("chosen button highlighted", () -> fb.rgb(bx + 3, by + 3) == 0x2f7fd0);
            Pngs.write(fb.image(), "scenario_display_settings");
        }
    }
}
