package org.jenode.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.loader.LoaderSession;
import org.junit.jupiter.api.Test;

/**
 * The launcher as a user drives it, on the headless driver: its menu (drawn by menu_view) shows the
 * entries; a click starts one through the loader, and the menu's pixels say so; a running entry's
 * context row hides, shows and kills it, which returns what the launcher paid; a faulted entry shows
 * the fault and restarts; a config update adds an entry without disturbing a running subsystem; with
 * {@code visibility="xray"} the menu follows nitpicker's X-ray mode.
 */
class LauncherTest {

    private static final String TWO = """
            <subsystem name="red" title="Red box">   <resource name="RAM" quantum="2M"/> <binary name="counter"/> <config color="#ff0000" xpos="400" ypos="40"/> </subsystem>
            <subsystem name="faulty" title="Faulty"> <resource name="RAM" quantum="2M"/> <binary name="faulty"/>  <config xpos="380" ypos="200"/> </subsystem>
            """;

    @Test
    void aClickStartsAnEntryThroughTheLoaderAndTheMenuShowsIt() {
        try (LauncherDesk desk = new LauncherDesk(TWO)) {
            List<Rect> rows = desk.awaitRows(2);
            assertThat(desk.color(rows.get(0))).isEqualTo(LauncherDesk.BUTTON);
            long stopped = desk.menuChecksum();
            XmlNode idle = desk.state(s -> LauncherDesk.used(s, "launcher") > 0);

            desk.click(rows.get(0));
            desk.screen.awaitScreen("the red box", () -> desk.screen.rgb(410, 50) == 0xff0000);
            desk.screen.inject(new InputEvent.AbsoluteMotion(630, 390)); // away, so the row is not hovered
            desk.screen.awaitScreen("the entry selected: running", () -> desk.color(desk.rows().get(0)) == LauncherDesk.SELECTED);
            assertThat(desk.menuChecksum()).as("the menu's pixels").isNotEqualTo(stopped);
            desk.screen.writePng(Path.of("target", "screens", "launcher-running.png"));
            XmlNode running = desk.state(s -> LauncherDesk.used(s, "launcher") > LauncherDesk.used(idle, "launcher") + (2 << 20));
            assertThat(LauncherDesk.used(running, "launcher")).as("the launcher pays the subsystem")
                    .isGreaterThan(LauncherDesk.used(idle, "launcher") + (2 << 20));

            // live: the RAM figures are redrawn as they change; the context row: right-click, then Kill
            desk.click(desk.rows().get(0), 20, Keycodes.BTN_RIGHT);
            List<Rect> withContext = desk.awaitRows(3);
            Rect kill = new Rect(withContext.get(1).x(), withContext.get(1).y(), 300, withContext.get(1).height());
            Rect killButton = contextButton(desk, kill, 2);
            desk.click(killButton, 5, Keycodes.BTN_LEFT);
            desk.screen.awaitScreen("the red box gone", () -> desk.screen.rgb(410, 50) == 0x000000);
            desk.awaitRows(2);
            // what the launcher paid comes back to the byte, though the menu's buffer grew meanwhile (menu_view
            // pays nitpicker for it from its own quantum), and the loader's fronting too
            desk.state(s -> LauncherDesk.used(s, "launcher") == LauncherDesk.used(idle, "launcher")
                    && LauncherDesk.used(s, "loader") == LauncherDesk.used(idle, "loader"));
        }
    }

    @Test
    void theStateReportNamesWhatAnEntryCostAndTheRamLeftComesBackToTheByteWhenItIsKilled() {
        try (LauncherDesk desk = new LauncherDesk("<report state=\"yes\"/>" + TWO)) {
            List<Rect> rows = desk.awaitRows(2);
            XmlNode idle = desk.launcherState(s -> LauncherDesk.entry(s, "red").attribute("state", "").equals("stopped"));
            assertThat(LauncherDesk.entry(idle, "faulty").attribute("state", "")).isEqualTo("stopped");

            desk.click(rows.get(0));
            XmlNode running = desk.launcherState(s -> LauncherDesk.entry(s, "red").attribute("state", "").equals("running"));
            XmlNode red = LauncherDesk.entry(running, "red");
            String config = XmlParser.parse("<config color=\"#ff0000\" xpos=\"400\" ypos=\"40\"/>", "red's config").toXml();
            assertThat(red.longAttribute("paid", -1)).as("the Loader session's donation").isEqualTo(LoaderSession.quota(2 << 20, config.length()));
            assertThat(red.longAttribute("ram_quota", -1)).as("the subsystem's quota").isEqualTo(2 << 20);
            assertThat(running.longAttribute("ram_left", -1)).as("RAM left while red runs, idle: " + idle.toXml())
                    .isEqualTo(idle.longAttribute("ram_left", -1) - red.longAttribute("paid", -1));

            // the running row is wider (its gauge) and the context row makes the menu taller: menu_view's
            // buffer grows, which menu_view pays nitpicker from its own quantum: the RAM left comes back to the byte
            desk.click(desk.rows().get(0), 20, Keycodes.BTN_RIGHT);
            Rect row = desk.awaitRows(3).get(1);
            desk.click(contextButton(desk, row, 2), 5, Keycodes.BTN_LEFT);
            desk.screen.awaitScreen("the red box gone", () -> desk.screen.rgb(410, 50) == 0x000000);
            XmlNode killed = desk.launcherState(s -> LauncherDesk.entry(s, "red").attribute("state", "").equals("stopped"));
            assertThat(killed.longAttribute("ram_left", -1)).as("RAM left after the kill, idle: " + idle.toXml())
                    .isEqualTo(idle.longAttribute("ram_left", -1));
            assertThat(killed.longAttribute("ram_quota", -1)).isEqualTo(idle.longAttribute("ram_quota", -1));
        }
    }

    @Test
    void aFaultedEntryShowsTheFaultAndAClickRestartsIt() {
        try (LauncherDesk desk = new LauncherDesk(TWO)) {
            List<Rect> rows = desk.awaitRows(2);
            desk.click(rows.get(1));
            desk.screen.awaitScreen("the faulty window", () -> desk.screen.rgb(390, 210) == 0x5a1f1f);
            desk.screen.inject(new InputEvent.AbsoluteMotion(450, 250), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            desk.screen.awaitScreen("the faulty window gone", () -> desk.screen.rgb(390, 210) == 0x000000);
            desk.screen.awaitScreen("the fault in the menu", () -> desk.showsFault(desk.rows().get(1)));
            assertThat(desk.showsFault(desk.rows().get(0))).isFalse();
            desk.screen.writePng(Path.of("target", "screens", "launcher-faulted.png"));

            desk.click(desk.rows().get(1));
            desk.screen.awaitScreen("restarted", () -> desk.screen.rgb(390, 210) == 0x5a1f1f);
            desk.screen.inject(new InputEvent.AbsoluteMotion(630, 390));
            desk.screen.awaitScreen("no fault shown any more", () -> !desk.showsFault(desk.rows().get(1)));
        }
    }

    @Test
    void aConfigUpdateAddsAnEntryWithoutDisturbingARunningSubsystem() {
        try (LauncherDesk desk = new LauncherDesk(TWO); LogCapture log = new LogCapture()) {
            desk.click(desk.awaitRows(2).get(0));
            desk.screen.awaitScreen("the red box", () -> desk.screen.rgb(410, 50) == 0xff0000);
            int starts = LauncherDesk.COUNTER_STARTS.get();

            // the red box's own config changes too: it reaches the running subsystem as a ROM update
            String three = TWO.replace("color=\"#ff0000\"", "color=\"#ff8000\"") + """
                    <subsystem name="blue" title="Blue box"> <resource name="RAM" quantum="2M"/> <binary name="counter"/> <config color="#0000ff" xpos="400" ypos="120"/> </subsystem>
                    """;
            desk.core.rom("config").set(desk.screen.initConfig(LauncherDesk.starts(three)));
            List<Rect> rows = desk.awaitRows(3);
            desk.screen.awaitScreen("the new config reached the running box", () -> desk.screen.rgb(410, 50) == 0xff8000);
            assertThat(LauncherDesk.COUNTER_STARTS.get()).as("starts of the running box").isEqualTo(starts);
            assertThat(log.messagesOf("init -> launcher")).noneMatch(l -> l.contains("stopping red"));
            assertThat(log.messagesOf("init")).noneMatch(l -> l.contains("restarting launcher") || l.contains("stopping launcher"));

            desk.click(rows.get(2));
            desk.screen.awaitScreen("the new entry starts", () -> desk.screen.rgb(410, 130) == 0x0000ff);
            assertThat(desk.screen.rgb(410, 50)).isEqualTo(0xff8000);
        }
    }

    @Test
    void aClickOnARunningEntryRaisesItsViewsAndTheContextRowHidesAndShowsThem() {
        String overlapping = """
                <subsystem name="a"> <resource name="RAM" quantum="2M"/> <binary name="counter"/> <config color="#ff0000" xpos="400" ypos="40"/> </subsystem>
                <subsystem name="b"> <resource name="RAM" quantum="2M"/> <binary name="counter"/> <config color="#00ff00" xpos="420" ypos="60"/> </subsystem>
                """;
        try (LauncherDesk desk = new LauncherDesk(overlapping)) {
            List<Rect> rows = desk.awaitRows(2);
            desk.click(rows.get(0));
            desk.screen.awaitScreen("a", () -> desk.screen.rgb(430, 70) == 0xff0000);
            desk.click(rows.get(1));
            desk.screen.awaitScreen("b over a", () -> desk.screen.rgb(430, 70) == 0x00ff00);
            desk.click(rows.get(0));
            desk.screen.awaitScreen("a raised over b", () -> desk.screen.rgb(430, 70) == 0xff0000);

            desk.click(rows.get(0), 20, Keycodes.BTN_RIGHT);
            Rect context = desk.awaitRows(3).get(1);
            desk.click(contextButton(desk, context, 0), 5, Keycodes.BTN_LEFT); // Hide
            desk.screen.awaitScreen("a hidden, b seen", () -> desk.screen.rgb(430, 70) == 0x00ff00 && desk.screen.rgb(405, 45) == 0x000000);
            desk.click(desk.awaitRows(2).get(0));                      // a click on a hidden one shows and raises it
            desk.screen.awaitScreen("a back", () -> desk.screen.rgb(405, 45) == 0xff0000);
        }
    }

    /** Button {@code index} of a context row: the buttons start at its left and are separated by the frame's colour. */
    private static Rect contextButton(LauncherDesk desk, Rect row, int index) {
        int[] line = desk.screen.pixels(new Rect(row.x(), row.y() + 2, 320, 1));
        int found = -1, start = -1;
        for (int i = 0; i <= line.length; i++) {
            boolean button = i < line.length && List.of(LauncherDesk.BUTTON, LauncherDesk.HOVERED, 0x3a4656).contains(line[i] & 0xffffff);
            if (button && start < 0) start = i;
            if (!button && start >= 0) {
                if (++found == index) return new Rect(row.x() + start, row.y(), i - start, row.height());
                start = -1;
            }
        }
        throw new AssertionError("no context button " + index + " in " + row);
    }

    @Test
    void withVisibilityXrayTheMenuShowsOnlyInXrayMode() {
        String subsystems = "<subsystem name=\"a\"> <resource name=\"RAM\" quantum=\"1M\"/> <binary name=\"counter\"/> </subsystem>";
        try (LauncherDesk desk = new LauncherDesk(subsystems)) {
            desk.awaitRows(1);
            desk.core.rom("xray").set("<xray enabled=\"no\"/>");
            desk.core.rom("config").set(desk.screen.initConfig(LauncherDesk.starts(subsystems).replace("<config xpos", "<config visibility=\"xray\" xpos")));
            desk.awaitRows(0);
            desk.core.rom("xray").set("<xray enabled=\"yes\"/>");
            desk.awaitRows(1);
            desk.core.rom("xray").set("<xray enabled=\"no\"/>");
            desk.awaitRows(0);
        }
    }
}
