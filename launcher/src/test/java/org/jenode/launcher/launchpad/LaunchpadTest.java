package org.jenode.launcher.launchpad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/**
 * Genode 14.11 wm.run's launchpad config as written (its quanta included), on nitpicker: the window
 * lists the programs; clicked in turn, nit_fb, a nested nitpicker on nit_fb's Framebuffer and Input
 * (a sibling's services, through the launchpad's registry) and testnit in that nested nitpicker show one
 * desktop inside the other; a second click on a program starts a second child; a child's kill button
 * ends it.
 */
class LaunchpadTest {

    /** wm.run (14.11), the launchpad's start node, without its priority and route to the wm. */
    private static final String WM_RUN_LAUNCHPAD = """
            <start name="launchpad">
              <resource name="RAM" quantum="20M"/>
              <config>
                <launcher name="nit_fb" ram_quota="7M">
                  <config width="500" height="400" />
                </launcher>
                <launcher name="nitpicker" ram_quota="1M" >
                  <config>
                    <domain name="default" layer="2" />
                    <policy label="" domain="default"/>
                  </config>
                </launcher>
                <launcher name="testnit" ram_quota="768K" />
              </config>
            </start>
            """;

    private static final int X = 550, Y = 150;
    private static final Set<Integer> BUTTONS = Set.of(0x27303c, 0x36465a);

    @Test
    void wmRunsLaunchpadStartsADesktopInsideTheDesktop() {
        HeadlessScreen screen = new HeadlessScreen(1024, 768);
        try (Core _ = screen.start("""
                <start name="nitpicker">
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#000000"/> </config>
                </start>
                """ + WM_RUN_LAUNCHPAD)) {
            screen.awaitScreen("three programs in the launchpad", () -> column(screen, X + 10).size() == 3);
            List<Rect> programs = column(screen, X + 10);

            click(screen, programs.get(0)); // nit_fb: 500x400 at (0, 0)
            screen.awaitScreen("nit_fb's kill button", () -> kills(screen).size() == 1);
            click(screen, programs.get(1)); // a nitpicker on nit_fb: its background fills nit_fb's view
            screen.awaitScreen("the nested nitpicker's background", () -> screen.rgb(250, 200) == 0x192532);
            click(screen, programs.get(2)); // testnit: in the nested nitpicker, whose service the launchpad routes
            screen.awaitScreen("testnit inside nit_fb", () -> !Set.of(0x192532, 0).contains(screen.rgb(70, 70)));
            screen.writePng(Path.of("target", "screens", "launchpad-nested.png"));

            click(screen, programs.get(2)); // a second testnit: testnit.2
            screen.awaitScreen("four children", () -> kills(screen).size() == 4);

            click(screen, kills(screen).get(1)); // the nested nitpicker (nit_fb keeps its last picture)
            // its clients may go with it; a frame of the launchpad's dialog being redrawn shows no rows at all
            screen.awaitScreen("the nested nitpicker gone from the children", () -> column(screen, X + 10).size() == 3
                    && !kills(screen).isEmpty() && kills(screen).size() <= 3);
            click(screen, kills(screen).get(0)); // nit_fb: its view goes, and the inner desktop with it
            screen.awaitScreen("nit_fb's view gone", () -> screen.rgb(250, 200) == 0x000000);
            // read again until the launchpad's dialog is not between two frames of its redraw
            screen.awaitScreen("the programs staying", () -> column(screen, X + 10).size() == 3);
        }
    }

    /** The children's kill buttons: right of a child's name (110 pixels) and the gap after it, below the three programs. */
    private static List<Rect> kills(HeadlessScreen screen) {
        List<Rect> column = column(screen, X + 7 + 110 + 8 + 3);
        return column.subList(Math.min(3, column.size()), column.size());
    }

    /** The buttons down column {@code x} of the launchpad's window, top to bottom. */
    private static List<Rect> column(HeadlessScreen screen, int x) {
        int[] line = screen.pixels(new Rect(x, Y, 1, 600));
        List<Rect> rows = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length; i++) {
            boolean button = i < line.length && BUTTONS.contains(line[i] & 0xffffff);
            if (button && start < 0) start = i;
            if (!button && start >= 0) {
                if (i - start >= 8) rows.add(new Rect(x, Y + start, 4, i - start));
                start = -1;
            }
        }
        return rows;
    }

    /**
     * Moves onto {@code row} until it shows hovered (as a user moves the mouse a little: nitpicker tells a
     * window that appeared under a still pointer nothing), then clicks.
     */
    private static void click(HeadlessScreen screen, Rect row) {
        int y = row.y() + row.height() / 2;
        int[] wiggle = {0};
        screen.awaitScreen("the button hovered", () -> {
            screen.inject(new InputEvent.AbsoluteMotion(row.x() + 1 + wiggle[0]++ % 2, y));
            return screen.rgb(row.x(), y) == 0x36465a;
        });
        screen.inject(new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT));
    }

    /** How many launchpad windows are stacked at (X, Y): the frames' bottom edges down the column X + 100. */
    private static int windows(HeadlessScreen screen) {
        int[] line = screen.pixels(new Rect(X + 100, Y + 1, 1, 600));
        int edges = 0;
        for (int i = 0; i < line.length; i++) if ((line[i] & 0xffffff) == 0x3b4758 && (i == 0 || (line[i - 1] & 0xffffff) != 0x3b4758)) edges++;
        return edges;
    }

    /** demo.run (14.11): the launchpad's config is the ROM {@code launchpad.config}, which names programs Jenode lacks. */
    private static final String DEMO_RUN_CONFIG = """
            <config>
              <launcher name="testnit"   ram_quota="768K" />
              <launcher name="scout"     ram_quota="41M" />
              <launcher name="launchpad" ram_quota="6M">
                <configfile name="launchpad.config" />
              </launcher>
              <launcher name="nitlog"    ram_quota="1M" />
              <launcher name="liquid_fb" ram_quota="7M">
                <config resize_handle="on" />
              </launcher>
              <launcher name="nitpicker" ram_quota="1M">
                <config>
                  <domain name="" layer="3" />
                  <policy label="" domain="" />
                </config>
              </launcher>
            </config>""";

    @Test
    void demoRunsLaunchpadConfigfileListsItsProgramsAndANestedLaunchpadReadsTheSameFile() {
        HeadlessScreen screen = new HeadlessScreen(1024, 768);
        try (Core core = screen.start("""
                <start name="nitpicker">
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#000000"/> </config>
                </start>
                <start name="launchpad">
                  <resource name="RAM" quantum="64M" />
                  <configfile name="launchpad.config" />
                </start>
                """)) {
            core.rom("launchpad.config").set(DEMO_RUN_CONFIG);
            screen.awaitScreen("six programs", () -> column(screen, X + 10).size() == 6);
            screen.writePng(Path.of("target", "screens", "launchpad-demo.png"));
            click(screen, column(screen, X + 10).get(2)); // a launchpad in the launchpad, at the same place
            // its frame may show a frame before its rows: its programs, read from the same file, complete it
            screen.awaitScreen("the nested launchpad's window over the first, with its six programs",
                    () -> windows(screen) == 2 && column(screen, X + 10).size() == 6);
            click(screen, column(screen, X + 10).get(0)); // testnit, from the nested launchpad
            screen.awaitScreen("testnit", () -> screen.rgb(70, 70) != 0x000000);
        }
    }
}
