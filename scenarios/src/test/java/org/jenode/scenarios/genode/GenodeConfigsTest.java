package org.jenode.scenarios.genode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The corpus of Genode's configs (src/test/resources/genode), each run headless as written, with the
 * screen checked for what the Genode run showed. Each test writes its screen to
 * target/screens/genode-*.png.
 */
class GenodeConfigsTest {

    /** nitpicker's background where no view is. */
    private static final int BACKGROUND = 0x192532;
    /** The pointer's white body, nitpicker's own arrow and the pointer component's alike. */
    private static final int POINTER = 0xffffff;
    /** The launchpad's window behind its rows. */
    private static final int LAUNCHPAD = 0x1c222b;
    /** The launchpad's and the launcher's buttons, plain and hovered. */
    private static final List<Integer> BUTTONS = List.of(0x27303c, 0x36465a);

    private final LogCapture log = new LogCapture();

    @AfterEach void release() { log.close(); }

    @Test
    void demo1411ShowsTheStatusBarThePointerAndTheLaunchpad() {
        try (GenodeRun run = new GenodeRun("demo-14.11")) {
            run.await("the launchpad's six programs", () -> buttons(run, 560, 150).size() == 6);
            run.await("the status bar", () -> statusBar(run));
            run.await("the pointer", () -> run.rgb(2, 5) == POINTER);
            assertThat(run.rgb(200, 400)).as("the background").isEqualTo(BACKGROUND);
            run.writePng("demo-14.11");
            assertThat(log.warnings()).isEmpty();
        }
    }

    @Test
    void demo1405ShowsThePointerAndTheLaunchpadAndReadsTheGlobalKeys() {
        try (GenodeRun run = new GenodeRun("demo-14.05")) {
            run.await("the launchpad's six programs", () -> buttons(run, 560, 150).size() == 6);
            run.await("the pointer, nitpicker's own", () -> run.rgb(2, 5) == POINTER);
            run.writePng("demo-14.05");
            int[] before = run.rgb(new Rect(540, 140, 340, 300));
            run.inject(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK), new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            run.await("X-ray mode from <global-keys>: the launchpad framed and labelled",
                    () -> !Arrays.equals(before, run.rgb(new Rect(540, 140, 340, 300))));
            run.writePng("demo-14.05-xray");
            assertThat(log.warnings()).isEmpty();
        }
    }

    @Test
    void demo1508ShowsTheStatusBarAndThePointerAndSkipsScout() {
        try (GenodeRun run = new GenodeRun("demo-15.08")) {
            log.await("demo-15.08.xml:62:5: <start name=\"scout\">: no binary 'scout'; the child is not started");
            run.await("the status bar", () -> statusBar(run));
            run.await("the pointer", () -> run.rgb(2, 5) == POINTER);
            assertThat(run.count(new Rect(0, 18, 1024, 750), BACKGROUND)).as("below the bar, the background only")
                    .isGreaterThan(1024 * 750 - 400);
            run.writePng("demo-15.08");
        }
    }

    @Test
    void decorator1508DrawsTheScriptedWindowsStackedAndTitled() {
        try (GenodeRun run = new GenodeRun("decorator-15.08")) {
            // the last step of the script: Launchpad in front and focused, Editor (renamed) and Mail behind
            run.await("three windows", () -> run.rgb(600, 400) == INSIDE && run.rgb(100, 150) == INSIDE && run.rgb(450, 200) == INSIDE);
            run.await("Launchpad in front of Mail", () -> run.rgb(500, 350) == INSIDE && run.rgb(418, 350) != INSIDE);
            int title = run.rgb(600, 290), editorTitle = run.rgb(100, 50);
            assertThat(title).as("a title bar").isNotIn(INSIDE, BACKGROUND);
            assertThat(editorTitle).as("a title bar").isNotIn(INSIDE, BACKGROUND);
            assertThat(run.rgb(800, 600)).as("the background around").isEqualTo(BACKGROUND);
            run.writePng("decorator-15.08");
            assertThat(log.errors()).as("the script's empty first step is no windows, not an error").isEmpty();
        }
    }

    /** The decorator's window content (the decorator draws nothing inside; a client would). */
    private static final int INSIDE = 0x303030;

    @Test
    void launcher1508ShowsItsMenuInXrayMode() {
        try (GenodeRun run = new GenodeRun("launcher-15.08")) {
            run.await("the pointer", () -> run.rgb(2, 5) == POINTER);
            assertThat(run.count(new Rect(0, 0, 1024, 768), BACKGROUND)).as("visibility=xray: no menu yet")
                    .isGreaterThan(1024 * 768 - 400);
            run.inject(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK), new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            run.await("the menu", () -> menuRows(run) == 8);
            run.writePng("launcher-15.08");
            run.inject(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK), new InputEvent.Release(Keycodes.KEY_SCROLLLOCK));
            run.await("the menu gone with X-ray mode", () -> menuRows(run) == 0);
        }
    }

    @Test
    void loader1508ShowsTheBackgroundAndSkipsTestLoader() {
        try (GenodeRun run = new GenodeRun("loader-15.08")) {
            log.await("loader-15.08.xml:34:5: <start name=\"test-loader\">: no binary 'test-loader'; the child is not started");
            run.await("the pointer", () -> run.rgb(2, 5) == POINTER);
            assertThat(run.count(new Rect(0, 0, 1024, 768), BACKGROUND)).isGreaterThan(1024 * 768 - 400);
            run.writePng("loader-15.08");
        }
    }

    /** wm_backdrop's fill, where its logos leave it uncovered. */
    private static final int WM_BACKDROP = 0x664455;

    @Test
    void wm1508ShowsTheBackdropTheLaunchpadAndWmBackdropAsWindowsOfTheWm() {
        try (GenodeRun run = new GenodeRun("wm-15.08")) {
            // a screen-sized buffer in a window: the wm's 6M could not pay for it, wm_backdrop's donation does
            run.await("wm_backdrop's window", () -> run.count(new Rect(0, 0, 1024, 768), WM_BACKDROP) > 20_000);
            run.await("the pointer", () -> run.rgb(2, 5) == POINTER);
            XmlNode state = run.state(s -> child(s, "wm_backdrop").map(c -> c.longAttribute("ram_used", 0) > 3 << 20).orElse(false));
            XmlNode wm = child(state, "wm").orElseThrow();
            assertThat(wm.attribute("state", "")).isEqualTo("running");
            assertThat(wm.longAttribute("ram_used", -1)).as("the wm's own RAM, its clients' buffers not charged to it")
                    .isBetween(0L, 1L << 20);
            run.writePng("wm-15.08-wm_backdrop");
            dragDown(run, "wm_backdrop's window, which the layouter fitted to the screen");
            run.await("the backdrop's fill between the grid lines", () -> run.rgb(300, 300) == 0x224433);
            run.await("the grid over it", () -> run.rgb(300, 304) != 0x224433 && run.rgb(304, 300) != 0x224433);
            run.await("the launchpad's three programs, in a window of the wm", () -> menuRows(run) == 3);
            run.await("the decorator's title bar above it, on the screen", () -> Arrays.stream(run.rgb(new Rect(200, 2, 1, 12)))
                    .noneMatch(c -> c == 0x224433 || BUTTONS.contains(c) || c == LAUNCHPAD));
            run.writePng("wm-15.08");
        }
    }

    /**
     * Drags the window whose title bar is at the top of the screen down by 500 pixels, as a user would:
     * the pointer onto the title, and the press once the title shows the highlight (the layouter knows it
     * is hovered then; a press before is a click into the window); again if that was not enough.
     */
    private static void dragDown(GenodeRun run, String what) {
        for (int attempt = 1; ; attempt++) {
            int title = run.rgb(700, 12);
            run.inject(new InputEvent.AbsoluteMotion(600 + attempt, 8));
            try {
                Await.until("the title highlighted", Duration.ofSeconds(5), () -> run.rgb(700, 12) != title);
            } catch (AssertionError e) {
                // already highlighted: it stays so
            }
            run.inject(new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.AbsoluteMotion(600, 300),
                    new InputEvent.AbsoluteMotion(600, 508), new InputEvent.Release(Keycodes.BTN_LEFT));
            try {
                Await.until(what + " dragged down", Duration.ofSeconds(5),
                        () -> run.count(new Rect(0, 0, 1024, 400), WM_BACKDROP) == 0);
                return;
            } catch (AssertionError e) {
                if (attempt == 3) {
                    run.writePng("wm-15.08-drag-timeout");
                    throw e;
                }
            }
        }
    }

    @Test
    void wm1411ShowsTheBackdropAndTheLaunchpadAndNamesWhatItsWmStartedItself() {
        try (GenodeRun run = new GenodeRun("wm-14.11")) {
            log.await("Genode 14.11's wm started its decorator and layouter as children of its own");
            XmlNode state = run.state(s -> child(s, "wm").map(c -> c.attribute("state", "").equals("faulted")).orElse(false));
            assertThat(child(state, "wm").flatMap(c -> c.child("fault")).map(f -> f.attribute("message", "")).orElse(""))
                    .as("14.11's wm served its report_rom itself").contains("Report session of 'wm'");
            run.await("the backdrop's fill between the grid lines", () -> run.rgb(300, 300) == 0x224433);
            run.await("the pointer", () -> run.rgb(2, 5) == POINTER);
            run.await("the launchpad's three programs, on nitpicker through <any-child/>", () -> menuRows(run) == 3);
            run.writePng("wm-14.11");
        }
    }

    @Test
    void menuView1508ShowsTheScriptedDialogsAndSkipsScout() {
        try (GenodeRun run = new GenodeRun("menu_view-15.08")) {
            log.await("menu_view-15.08.xml:83:5: <start name=\"scout\">: no binary 'scout'; the child is not started");
            run.await("the pointer", () -> run.rgb(2, 5) == POINTER);
            // plain, hovered, selected and both: four colours of buttons, each row a run in a column through them
            run.await("the dialog's four buttons at 200,100", () -> dialogRows(run, 210, 100) == 4);
            Rect menu = new Rect(200, 100, 300, 200);
            int[] shown = run.rgb(menu);
            run.await("the script's next dialog, other buttons hovered", () -> !Arrays.equals(shown, run.rgb(menu)));
            assertThat(dialogRows(run, 210, 100)).isEqualTo(4);
            run.writePng("menu_view-15.08");
        }
    }

    @Test
    void terminalEcho1508ShowsTheTerminalOnTheFramebufferAndSkipsTheTest() {
        try (GenodeRun run = new GenodeRun("terminal_echo-15.08")) {
            log.await("terminal_echo-15.08.xml:33:5: <start name=\"test-terminal_echo\">: no binary 'test-terminal_echo'; the child is not started");
            log.await("drawing on a Framebuffer session");
            run.await("the terminal over the whole screen", () -> run.count(new Rect(0, 0, 1024, 768), TERMINAL) > 1024 * 768 - 400);
            run.await("its cursor in the first cell", () -> run.count(new Rect(0, 0, 8, 16), TERMINAL) < 8 * 16);
            run.writePng("terminal_echo-15.08");
        }
    }

    /** The terminal's background (xterm's palette). */
    private static final int TERMINAL = 0x101010;

    @Test
    void terminalLog1508ShowsTheLoggedLinesInTheTerminalInsideTerminalFb() {
        try (GenodeRun run = new GenodeRun("terminal_log-15.08")) {
            // at the right edge of its row, where terminal_fb (which may come up after it, in front) does not reach
            run.await("the launchpad's program", () -> buttons(run, 840, 150).size() == 1);
            run.await("the terminal filling terminal_fb's 640x480 at the top left",
                    () -> run.rgb(300, 300) == TERMINAL && run.rgb(639, 479) == TERMINAL);
            assertThat(run.rgb(300, 481)).as("below terminal_fb").isNotEqualTo(TERMINAL);
            assertThat(run.rgb(641, 300)).as("right of terminal_fb").isNotEqualTo(TERMINAL);
            Rect firstLine = new Rect(16, 0, 400, 14); // right of the pointer
            assertThat(run.count(firstLine, TERMINAL)).as("nothing logged yet").isEqualTo(400 * 14);
            run.log("hello from the tester");
            run.await("the logged line in the terminal's first row", () -> run.count(firstLine, TERMINAL) < 400 * 14 - 100);
            run.writePng("terminal_log-15.08");
        }
    }

    private static Optional<XmlNode> child(XmlNode state, String name) {
        return state.children("child").stream().filter(c -> c.attribute("name", "").equals(name)).findFirst();
    }

    /** The status bar: 18 rows on top, none of them the background, the background below. */
    private static boolean statusBar(GenodeRun run) {
        for (int y = 0; y < 18; y++) if (run.rgb(500, y) == BACKGROUND) return false;
        return run.rgb(500, 18) == BACKGROUND && run.rgb(500, 8) != 0;
    }

    /**
     * How many rows of a menu (the launcher's, the launchpad's) a column through it crosses, wherever the
     * menu is: the column with the most button pixels, which passes by the rows' text.
     */
    private static int menuRows(GenodeRun run) {
        int best = 0, bestX = 0;
        for (int x = 0; x < 1024; x += 16) {
            int n = 0;
            for (int c : BUTTONS) n += run.count(new Rect(x, 0, 1, 768), c);
            if (n > best) {
                best = n;
                bestX = x;
            }
        }
        return best == 0 ? 0 : buttons(run, bestX, 0).size();
    }

    /** How many runs of at least 8 pixels that are neither the background nor a menu's frame column {@code x} crosses below {@code top}. */
    private static int dialogRows(GenodeRun run, int x, int top) {
        int[] line = run.rgb(new Rect(x, top, 1, 768 - top));
        int rows = 0, run0 = 0;
        for (int i = 0; i <= line.length; i++) {
            boolean button = i < line.length && line[i] != BACKGROUND && line[i] != LAUNCHPAD;
            if (button) run0++;
            else {
                if (run0 >= 8) rows++;
                run0 = 0;
            }
        }
        return rows;
    }

    /** The buttons down column {@code x} from {@code top}: runs of button colour at least 8 pixels long. */
    private static List<Rect> buttons(GenodeRun run, int x, int top) {
        int[] line = run.rgb(new Rect(x, top, 1, 768 - top));
        List<Rect> rows = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length; i++) {
            boolean button = i < line.length && BUTTONS.contains(line[i]);
            if (button && start < 0) start = i;
            if (!button && start >= 0) {
                if (i - start >= 8) rows.add(new Rect(x, top + start, 1, i - start));
                start = -1;
            }
        }
        return rows;
    }
}
