package org.jenode.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.Binary;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * The launcher as a user meets it: the headless driver (640x400), nitpicker, the loader and the
 * launcher with its menu at (10, 10). The test sees the menu only as pixels: it finds the entries by
 * the buttons' colours down the menu's left edge, and clicks them at the driver.
 */
final class LauncherDesk implements AutoCloseable {

    static final int MENU_X = 10, MENU_Y = 10;
    static final int BUTTON = 0x27303c, HOVERED = 0x36465a, SELECTED = 0x244f7d, BOTH = 0x31679f;
    private static final Set<Integer> BUTTONS = Set.of(BUTTON, HOVERED, SELECTED, BOTH);

    /** How often the test binary {@code counter} was started, in this JVM. */
    static final AtomicInteger COUNTER_STARTS = new AtomicInteger();

    final HeadlessScreen screen = new HeadlessScreen(640, 400);
    final Core core;

    LauncherDesk(String subsystems) {
        core = screen.start(starts(subsystems), counter());
    }

    /** init's start nodes with the launcher's subsystems, for a live reconfiguration of the launcher too. */
    static String starts(String subsystems) {
        return """
                <report delay_ms="20"/>
                <start name="nitpicker">
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config> <domain name="default" layer="2"/> <policy label="" domain="default"/> <background color="#000000"/> </config>
                </start>
                <start name="loader">
                  <resource name="RAM" quantum="64M"/>
                  <provides> <service name="Loader"/> </provides>
                  <!-- the counter counts in this JVM -->
                  <config isolation="thread"/>
                </start>
                <start name="launcher">
                  <resource name="RAM" quantum="32M"/>
                  <config xpos="10" ypos="10"> %s </config>
                </start>
                """.formatted(subsystems);
    }

    /** A subsystem that counts its starts and shows a box of its config's colour at its place. */
    private static Binary counter() {
        return new Binary("counter", env -> {
            COUNTER_STARTS.incrementAndGet();
            return new Box(env);
        });
    }

    /** The menu's entries (and context rows) top to bottom, as the buttons down its left edge show them. */
    List<Rect> rows() {
        int x = MENU_X + 10;
        int[] column = screen.pixels(new Rect(x, MENU_Y, 1, 380));
        List<Rect> rows = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= column.length; i++) {
            boolean button = i < column.length && BUTTONS.contains(column[i] & 0xffffff);
            if (button && start < 0) start = i;
            if (!button && start >= 0) {
                if (i - start >= 8) rows.add(new Rect(MENU_X + 7, MENU_Y + start, 300, i - start));
                start = -1;
            }
        }
        return rows;
    }

    /** Waits for {@code n} rows and returns them. */
    List<Rect> awaitRows(int n) {
        screen.awaitScreen(n + " rows in the menu", () -> rows().size() == n);
        return rows();
    }

    /** The colour of row {@code i}'s button. */
    int color(Rect row) { return screen.rgb(row.x() + 3, row.y() + 2); }

    /**
     * Moves the pointer onto {@code row} until the menu shows it hovered (the launcher knows), a pixel to
     * and fro as a user's hand does: nitpicker tells a view that appeared under a still pointer nothing.
     */
    void hover(Rect row, int dx) {
        int[] wiggle = {0};
        screen.awaitScreen("the row hovered", () -> {
            screen.inject(new InputEvent.AbsoluteMotion(row.x() + dx + wiggle[0]++ % 2, row.y() + row.height() / 2));
            int c = color(row);
            return c == HOVERED || c == BOTH;
        });
    }

    void click(Rect row) { click(row, 20, Keycodes.BTN_LEFT); }

    void click(Rect row, int dx, int button) {
        hover(row, dx);
        screen.inject(new InputEvent.Press(button), new InputEvent.Release(button));
    }

    /** Whether {@code row} has pixels of the fault colour (red text). */
    boolean showsFault(Rect row) {
        for (int p : screen.pixels(row)) {
            int r = p >> 16 & 0xff, g = p >> 8 & 0xff, b = p & 0xff;
            if (r > 0xc0 && g < 0x90 && b < 0x80) return true;
        }
        return false;
    }

    /** A sum over the menu's pixels: changes whenever what the menu shows changes. */
    long menuChecksum() {
        long sum = 0;
        for (int p : screen.pixels(new Rect(MENU_X, MENU_Y, 360, 300))) sum = sum * 31 + p;
        return sum;
    }

    XmlNode state(java.util.function.Predicate<XmlNode> until) { return Await.report(core, "init -> state", until); }

    /** The launcher's own report ({@code <report state="yes"/>}: what its menu shows, in bytes). */
    XmlNode launcherState(java.util.function.Predicate<XmlNode> until) { return Await.report(core, "init -> launcher -> state", until); }

    /** An entry of the launcher's state report. */
    static XmlNode entry(XmlNode state, String name) {
        return state.children("subsystem").stream().filter(c -> c.attribute("name", "").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + name + "' in " + state.toXml()));
    }

    static long used(XmlNode state, String name) {
        return state.children("child").stream().filter(c -> c.attribute("name", "").equals(name)).findFirst().orElseThrow()
                .longAttribute("ram_used", -1);
    }

    @Override public void close() { core.close(); }
}
