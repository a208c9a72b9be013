package org.jenode.apps.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Pngs;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/**
 * nitpicker + backdrop + status_bar + report_rom on fb_headless: the backdrop fills the screen below
 * the bar, and a click that focuses a session makes the status bar show that session's domain colour.
 */
class DesktopScenarioTest {

    private static final int W = 480, H = 320;

    /** How many pixels of the bar have exactly {@code rgb}. */
    private static int count(HeadlessScreen fb, int rgb) {
        int n = 0;
        for (int p : fb.pixels(new Rect(0, 0, W, 18))) if ((p & 0xffffff) == rgb) n++;
        return n;
    }

    @Test
    void backdropAndStatusBarReachTheScreenAndTheBarFollowsTheFocus() {
        HeadlessScreen fb = new HeadlessScreen(W, H);
        try (Core _ = fb.start("""
                <start name="report_rom"> <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Report"/> <service name="ROM"/> </provides>
                  <config> <policy label="status_bar -> focus" report="nitpicker -> focus"/> </config> </start>
                <start name="nitpicker"> <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <route> <service name="Report"> <child name="report_rom"/> </service>
                          <any-service> <parent/> <any-child/> </any-service> </route>
                  <config>
                    <report focus="yes"/>
                    <domain name="panel" layer="2" xray="no"/>
                    <domain name="default" layer="3" ypos="18" height="-18" color="#66ccff"/>
                    <policy label="status_bar" domain="panel"/>
                    <policy label="" domain="default"/>
                    <pointer draw="no"/>
                  </config> </start>
                <start name="backdrop"> <resource name="RAM" quantum="4M"/>
                  <config> <fill color="#336699"/> </config> </start>
                <start name="status_bar"> <resource name="RAM" quantum="1M"/>
                  <route> <service name="ROM" label="focus"> <child name="report_rom"/> </service>
                          <any-service> <parent/> <any-child/> </any-service> </route> </start>
                """)) {

            fb.awaitScreen("backdrop below the bar", () -> fb.rgb(W / 2, H / 2) == 0x336699 && fb.rgb(2, 19) == 0x336699);
            // no focus yet: base (0 + 100) / 2 = 50, first line 75, second 50
            fb.awaitScreen("status bar", () -> fb.rgb(2, 0) == 0x4b4b4b && fb.rgb(2, 1) == 0x323232);

            fb.inject(new InputEvent.AbsoluteMotion(W / 2, H / 2), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            // backdrop focused: domain colour #66ccff gives base ((102,204,255) + 100) / 2 = (101,152,177)
            fb.awaitScreen("bar in the focused domain's colour", () -> fb.rgb(2, 1) == 0x6598b1);

            // the label 'backdrop' is drawn in (colour + 255) / 2 right of the white domain name
            int label = (((0x66 + 255) / 2) << 16) | (((0xcc + 255) / 2) << 8) | ((0xff + 255) / 2);
            fb.awaitScreen("domain name and label", () -> count(fb, label) > 10 && count(fb, 0xffffff) > 10);
            Pngs.write(fb.image(), "scenario_backdrop_status_bar");
            assertThat(count(fb, label)).isGreaterThan(10);
        }
    }
}
