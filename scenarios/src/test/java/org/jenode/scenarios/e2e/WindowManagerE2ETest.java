package org.jenode.scenarios.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.scenarios.e2e.Screenshot.blue;
import static org.jenode.scenarios.e2e.Screenshot.green;
import static org.jenode.scenarios.e2e.Screenshot.hex;
import static org.jenode.scenarios.e2e.Screenshot.red;

import java.awt.Point;
import java.awt.Rectangle;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.jenode.testing.x11.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The window manager of the default desktop ({@code desktop.xml}) in its real fb_fx window on a private
 * Xvfb, used with the mouse and keys through xdotool: drag a title bar, drag a corner, click a window
 * behind, Alt-Tab, maximize, close, switch the theme live, change the resolution, restart the layouter.
 * The desktop runs from a copy of the shipped file whose report_rom logs every report, so that each step
 * waits on the layouter's {@code window_layout} (where the windows are) and then judges the pixels the X
 * server shows (screenshots in {@code target/e2e/wm-NN-*.png}, the log in {@code target/e2e/wm-desktop.log}).
 * One desktop serves all steps, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowManagerE2ETest {

    private static final Duration START = Duration.ofSeconds(40);
    private static final Duration SOON = Duration.ofSeconds(15);
    /** The windows' domain begins below the status bar. */
    private static final int BAR = 18;
    /** The shadow theme's frame ({@code decor}) and where its controls lie relative to the content. */
    private static final int SHADOW_TOP = 24, SHADOW_SIDE = 5, FLAT_TOP = 28;
    private static final List<String> WINDOWS = List.of("display_settings", "testnit testnit 1", "testnit testnit 2",
            "testnit translucent", "clock", "image_viewer", "shell -> terminal");
    private static final int CLOCK_GROUND = 0x1d2731;

    private XDesktop desk;
    private Tools x;
    private ScenarioCopy scenario;
    private DesktopProcess desktop;
    private String window;

    @BeforeAll
    void startDesktop() throws Exception {
        scenario = XDesktop.scenario("wm-", "desktop.xml");
        desk = XDesktop.start("wm-", scenario);
        x = desk.x();
        desktop = desk.process();
    }

    @AfterAll
    void stopDesktop() {
        if (desk != null) desk.close();
    }

    @Test @Order(1)
    void everyAppComesUpInADecoratedWindow() throws Exception {
        window = desk.awaitWindow(START);
        LoggedLayout layout = awaitLayout(START, l -> WINDOWS.stream().allMatch(l::has), "every window in the layout");
        Screenshot shot = desktop.await("every window framed", START, () -> shoot("01-windows"),
                s -> s.size().equals("1280x800") && WINDOWS.stream().allMatch(t -> framed(s, layout, layout.window(t))));
        for (String t : WINDOWS)
            assertThat(framed(shot, layout, layout.window(t))).as(() -> desktop.describe("the light frame of " + t)).isTrue();
        assertThat(shot.rgb(layout.window("clock").content().x + 2, layout.window("clock").content().y + 2))
                .as("the clock's pixels inside its frame").isEqualTo(CLOCK_GROUND);
    }

    @Test @Order(2)
    void aWindowFollowsThePointerDraggingItsTitleBar() throws Exception {
        requireWindow();
        LoggedLayout.Window clock = layout().window("clock");
        Point grab = clock.titleBar(SHADOW_TOP);
        point("clock", "title", grab);
        x.xdotool("mousedown", "1");
        try {
            move(new Point(grab.x - 50, grab.y + 100));
            // while the button is down, the window is where the pointer took it
            awaitLayout(SOON, l -> l.window("clock").content().getLocation().equals(shifted(clock.content(), -50, 100).getLocation()),
                    "half way");
            move(new Point(grab.x - 100, grab.y + 200));
        } finally {
            x.xdotool("mouseup", "1");
        }
        Rectangle moved = shifted(clock.content(), -100, 200);
        awaitLayout(SOON, l -> l.window("clock").content().getLocation().equals(moved.getLocation()), "the drop");
        Screenshot shot = desktop.await("the clock at the drop, the backdrop where it was", SOON, () -> shoot("02-dragged"),
                s -> s.rgb(moved.x + 2, moved.y + 2) == CLOCK_GROUND && bluish(s.rgb(clock.content().x + 2, clock.content().y + 2)));
        assertThat(hex(shot.rgb(moved.x + 2, moved.y + 2))).as(() -> desktop.describe("the clock where it was dropped"))
                .isEqualTo(hex(CLOCK_GROUND));
        assertThat(bluish(shot.rgb(clock.content().x + 2, clock.content().y + 2))).as("the backdrop where it was").isTrue();
    }

    @Test @Order(3)
    void aClickOnAWindowBehindBringsItToTheFront() throws Exception {
        requireWindow();
        LoggedLayout before = layout();
        LoggedLayout.Window clock = before.window("clock"), viewer = before.window("image_viewer");
        Point overlap = new Point(clock.content().x + 3, viewer.content().y + 10);
        assertThat(viewer.content().contains(overlap) && clock.content().contains(overlap)).as("the clock lies over the viewer").isTrue();
        assertThat(shoot("03-behind").rgb(overlap.x, overlap.y)).as("the clock in front").isEqualTo(CLOCK_GROUND);

        click("image_viewer", "title", new Point(viewer.content().x + 30, viewer.content().y - SHADOW_TOP / 2));
        awaitLayout(SOON, l -> l.front().title().startsWith("image_viewer") && l.window("image_viewer").focused(), "the viewer in front");
        Screenshot shot = desktop.await("the viewer over the clock", SOON, () -> shoot("04-raised"), s -> s.rgb(overlap.x, overlap.y) != CLOCK_GROUND);
        assertThat(hex(shot.rgb(overlap.x, overlap.y))).as(() -> desktop.describe("the viewer's picture over the clock"))
                .isNotEqualTo(hex(CLOCK_GROUND));
    }

    @Test @Order(4)
    void altTabWalksTheFocusAndRaisesTheWindowOnRelease() throws Exception {
        requireWindow();
        LoggedLayout.Window clock = layout().window("clock"), viewer = layout().window("image_viewer");
        Point overlap = new Point(clock.content().x + 3, viewer.content().y + 10);
        x.xdotool("key", "--window", window, "alt+Tab");
        LoggedLayout after = awaitLayout(SOON, l -> !l.window("image_viewer").focused() && l.focused().isPresent()
                && l.front().title().equals(l.focused().get().title()), "another window focused and in front");
        assertThat(after.front().title()).as(() -> desktop.describe("the window Alt-Tab went to")).startsWith("clock");
        Screenshot shot = desktop.await("the clock in front again", SOON, () -> shoot("05-alt-tab"), s -> s.rgb(overlap.x, overlap.y) == CLOCK_GROUND);
        assertThat(hex(shot.rgb(overlap.x, overlap.y))).as(() -> desktop.describe("the clock in front again")).isEqualTo(hex(CLOCK_GROUND));
    }

    @Test @Order(5)
    void theMaximizerFillsTheScreenAndAltEnterRestores() throws Exception {
        requireWindow();
        LoggedLayout.Window clock = layout().window("clock");
        click("clock", "maximizer", new Point(clock.content().x + 7, clock.content().y - 11));
        Rectangle full = new Rectangle(SHADOW_SIDE, BAR + SHADOW_TOP, 1280 - 2 * SHADOW_SIDE, 800 - BAR - SHADOW_TOP - SHADOW_SIDE);
        awaitLayout(SOON, l -> l.window("clock").content().equals(full), "the clock maximized");
        Screenshot shot = desktop.await("the clock at the screen's size", SOON, () -> shoot("06-maximized"), s -> s.rgb(full.x + full.width - 2, full.y + full.height - 2) == CLOCK_GROUND);
        assertThat(hex(shot.rgb(full.x + full.width - 2, full.y + full.height - 2)))
                .as(() -> desktop.describe("the clock redrawn at the screen's size, its corner")).isEqualTo(hex(CLOCK_GROUND));

        x.xdotool("key", "--window", window, "alt+Return");
        awaitLayout(SOON, l -> l.window("clock").content().equals(clock.content()), "the clock restored");
        desktop.await("the backdrop where the maximized clock was", SOON, () -> shoot("07-restored"), s -> bluish(s.rgb(full.x + full.width - 2, full.y + full.height - 30)));
    }

    @Test @Order(6)
    void theCloserClosesTheWindowAndItsClientEnds() throws Exception {
        requireWindow();
        LoggedLayout.Window viewer = layout().window("image_viewer");
        Point free = new Point(viewer.content().x + viewer.content().width - 20, viewer.content().y + viewer.content().height - 20);
        click("image_viewer", "closer", new Point(viewer.content().x + viewer.content().width - 3, viewer.content().y - 11));
        awaitLayout(SOON, l -> !l.has("image_viewer"), "the viewer gone");
        desktop.await("the viewer's exit", SOON, desktop::logLines, l -> l.stream().anyMatch(s -> s.contains("image_viewer exited with code 0")));
        assertThat(desktop.logLines()).as(() -> desktop.describe("the viewer's exit")).anyMatch(s -> s.contains("image_viewer exited with code 0"));
        Screenshot shot = desktop.await("the backdrop where the viewer was", SOON, () -> shoot("08-closed"), s -> bluish(s.rgb(free.x, free.y)));
        assertThat(bluish(shot.rgb(free.x, free.y))).as(() -> desktop.describe("the backdrop where the viewer was: " + hex(shot.rgb(free.x, free.y))))
                .isTrue();
    }

    @Test @Order(7)
    void aLiveThemeSwitchRedrawsEveryFrame() throws Exception {
        requireWindow();
        LoggedLayout layout = layout();
        Screenshot before = shoot("09-shadow");
        scenario.edit("<config theme=\"shadow\"/>", "<config theme=\"flat\"/>");
        Screenshot after = desktop.await("the flat frames", SOON, () -> shoot("10-flat"), s -> layout.windows().stream().allMatch(w -> slate(s, layout, w)));
        for (LoggedLayout.Window w : layout.windows()) {
            assertThat(framed(before, layout, w)).as(() -> desktop.describe("the shadow frame of " + w.title() + " before")).isTrue();
            assertThat(slate(after, layout, w)).as(() -> desktop.describe("the flat frame of " + w.title() + " after")).isTrue();
        }
    }

    @Test @Order(8)
    void aSmallerResolutionKeepsEveryWindowOnTheScreen() throws Exception {
        requireWindow();
        LoggedLayout.Window settings = layout().window("display_settings");
        // the panel's first button, "1  800 x 600" (8 pixels in, 30 down, 150x26)
        x.xdotool("mousemove", "--window", window, String.valueOf(settings.content().x + 80), String.valueOf(settings.content().y + 43),
                "click", "1");
        desktop.await("the window at 800x600", SOON, () -> x.geometry(window), g -> g.get("WIDTH") == 800 && g.get("HEIGHT") == 600);
        LoggedLayout small = awaitLayout(SOON, l -> l.windows().stream().allMatch(w -> onScreen(w.content(), 800, 600)), "every window on 800x600");
        Screenshot shot = desktop.await("every frame on the 800x600 screen", SOON, () -> shoot("11-800x600"),
                s -> s.size().equals("800x600") && small.windows().stream().allMatch(w -> slate(s, small, w)));
        for (LoggedLayout.Window w : small.windows())
            assertThat(slate(shot, small, w)).as(() -> desktop.describe("the frame of " + w.title() + " on the small screen at " + w.content()))
                    .isTrue();
    }

    @Test @Order(9)
    void aRestartedLayouterKeepsEveryWindowWhereItWas() throws Exception {
        requireWindow();
        LoggedLayout before = layout();
        Map<String, Rectangle> where = new HashMap<>();
        for (LoggedLayout.Window w : before.windows()) where.put(w.title(), w.content());
        scenario.edit("<binary name=\"floating_window_layouter\"/>\n      <resource name=\"RAM\" quantum=\"4M\"/>",
                "<binary name=\"floating_window_layouter\"/>\n      <resource name=\"RAM\" quantum=\"5M\"/>");
        int restart = desktop.await("init restarting the layouter", SOON, () -> indexOf(desktop.logLines(), "restarting layouter"), i -> i >= 0);
        assertThat(restart).as(() -> desktop.describe("init restarting the layouter")).isNotNegative();
        LoggedLayout after = desktop.await("the new layouter's layout", SOON, () -> LoggedLayout.last(desktop.logLines(), restart, BAR).orElse(null),
                l -> l != null && l.windows().size() == where.size());
        assertThat(after).as(() -> desktop.describe("the new layouter's layout")).isNotNull();
        for (LoggedLayout.Window w : after.windows())
            assertThat(w.content()).as(() -> desktop.describe(w.title() + " after the restart")).isEqualTo(where.get(w.title()));
        shoot("12-layouter-restarted");
        assertThat(desktop.logLines()).as(() -> desktop.describe("errors in the desktop's log"))
                .noneMatch(l -> l.contains("ERROR") || l.contains("Exception"));
    }

    // ---- the user ----

    private void requireWindow() { desk.requireWindow(); }

    private void move(Point p) throws IOException, InterruptedException { desk.move(p); }

    /** Moves the pointer to {@code p} and waits until the layouter highlights {@code element} of {@code title}: a press then grabs it. */
    private void point(String title, String element, Point p) throws Exception {
        move(p);
        awaitLayout(SOON, l -> l.has(title) && l.window(title).highlight().contains(element), element + " of " + title + " under the pointer");
    }

    private void click(String title, String element, Point p) throws Exception {
        point(title, element, p);
        x.xdotool("click", "1");
    }

    // ---- what the desktop reports and shows ----

    private LoggedLayout layout() { return desk.layout(BAR); }

    private LoggedLayout awaitLayout(Duration timeout, Predicate<LoggedLayout> until, String what) {
        return desk.awaitLayout(BAR, timeout, until, what);
    }

    private Screenshot shoot(String name) throws IOException, InterruptedException { return desk.shoot(name); }

    private static int indexOf(List<String> log, String text) {
        for (int i = 0; i < log.size(); i++) if (log.get(i).contains(text)) return i;
        return -1;
    }

    private static Rectangle shifted(Rectangle r, int dx, int dy) { return new Rectangle(r.x + dx, r.y + dy, r.width, r.height); }

    /** The frame around {@code content} (host-window pixels) lies within a {@code w} x {@code h} screen below the bar. */
    private static boolean onScreen(Rectangle content, int w, int h) {
        return content.x - 4 >= 0 && content.y - FLAT_TOP >= BAR && content.x + content.width + 4 <= w && content.y + content.height + 4 <= h;
    }

    /** The shadow theme's light title bar is drawn above the window's content (where no window in front covers it). */
    private static boolean framed(Screenshot s, LoggedLayout layout, LoggedLayout.Window w) {
        return titleBar(s, layout, w, SHADOW_TOP, rgb -> Math.min(red(rgb), Math.min(green(rgb), blue(rgb))) > 150);
    }

    /** The flat theme's slate title bar: dark and grey, neither the backdrop's blue nor the shadow theme's light grey. */
    private static boolean slate(Screenshot s, LoggedLayout layout, LoggedLayout.Window w) {
        return titleBar(s, layout, w, FLAT_TOP, rgb -> Math.max(red(rgb), Math.max(green(rgb), blue(rgb))) < 110
                && blue(rgb) - red(rgb) < 40);
    }

    /**
     * Whether most pixels of a row across the title bar ({@code top} high), 5 pixels below its top edge and
     * clear of the title's letters, pass {@code colour}: those not covered by the frame of a window in front.
     */
    private static boolean titleBar(Screenshot s, LoggedLayout layout, LoggedLayout.Window w, int top, IntPredicate colour) {
        List<Rectangle> inFront = layout.windows().subList(0, layout.windows().indexOf(w)).stream()
                .map(f -> new Rectangle(f.content().x - 5, f.content().y - top, f.content().width + 10, f.content().height + top + 5)).toList();
        int y = w.content().y - top + 5, seen = 0, passed = 0;
        for (int x = w.content().x + 20; x < w.content().x + w.content().width - 20; x++) {
            Point p = new Point(x, y);
            if (x >= s.width() || y >= s.height() || inFront.stream().anyMatch(r -> r.contains(p))) continue;
            seen++;
            if (colour.test(s.rgb(x, y))) passed++;
        }
        return seen < 10 || passed * 10 >= seen * 6;
    }

    /** The backdrop's blue gradient. */
    private static boolean bluish(int rgb) { return blue(rgb) >= 0x50 && blue(rgb) > red(rgb) + 30; }
}
