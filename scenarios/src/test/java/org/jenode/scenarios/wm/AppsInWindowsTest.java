package org.jenode.scenarios.wm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.scenarios.wm.WindowedDesk.BACKGROUND;
import static org.jenode.scenarios.wm.WindowedDesk.content;
import static org.jenode.scenarios.wm.WindowedDesk.has;
import static org.jenode.scenarios.wm.WindowedDesk.window;
import static org.jenode.scenarios.wm.WindowedDesk.windows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desktop's applications in windows of the real wm stack: dragging a corner re-modes each, and it
 * redraws at the new size (its pixels at the new corner); the closer ends testnit, the clock and the image
 * viewer and the terminal, and takes the display settings' panel off the screen while the component stays.
 */
class AppsInWindowsTest {

    /** Colours the apps draw with (their painters'). */
    private static final int TILE_FRAME = 0x101010, CLOCK_GROUND = 0x1d2731, CLOCK_FACE = 0xe8ecef, VIEWER_GROUND = 0x101418,
            PANEL = 0x26303b, TERMINAL_GROUND = 0x202830;

    private LogCapture log;

    @BeforeEach void captureLog() { log = new LogCapture(); }

    @AfterEach void releaseLog() { log.close(); }

    private static WindowedDesk desk(String app, String config) {
        return new WindowedDesk("decorator", "<config/>", WindowedDesk.client("", app).replace("</start>", config + "</start>"));
    }

    /** Drags the bottom-right corner of window {@code title} by ({@code dx}, {@code dy}) and returns its new content. */
    private static Rect growCorner(WindowedDesk desk, String title, int dx, int dy) {
        Rect c = desk.content(title);
        Point corner = new Point(c.right() + 2, c.bottom() + 2);
        desk.drag(title, "bottom_right", corner, corner.plus(new Point(dx, dy)));
        return content(window(desk.layout(l -> content(window(l, title)).width() == c.width() + dx
                && content(window(l, title)).height() == c.height() + dy), title));
    }

    private static void close(WindowedDesk desk, String title) {
        Rect c = desk.content(title);
        desk.click(title, "closer", new Point(c.right() - 8, c.y() - 8));
    }

    private void awaitLog(String text) { log.await(text); }

    @Test
    void testnitGivesEveryTileTheNewSizeAndEndsWhenClosed() {
        try (WindowedDesk desk = desk("testnit", "")) {
            Rect grown = growCorner(desk, "testnit testnit 1", 60, 40);
            assertThat(grown.area().width()).isEqualTo(260);
            XmlNode layout = desk.layout(l -> windows(l).stream().allMatch(w -> w.intAttribute("width", 0) == 260));
            assertThat(windows(layout)).as("one mode for the session: every window takes it").hasSize(3)
                    .allMatch(w -> w.intAttribute("height", 0) == 180);
            desk.awaitRgb("the tile's frame at the new corner", new Point(grown.right() - 1, grown.bottom() - 1), TILE_FRAME);
            desk.png("wm-testnit-resized");

            close(desk, "testnit testnit 1");
            awaitLog("testnit exited with code 0");
            desk.layout(l -> windows(l).isEmpty());
            desk.awaitRgb("its windows gone", new Point(grown.x() + 10, grown.y() + 10), BACKGROUND);
        }
    }

    @Test
    void theClockGrowsItsFaceWithTheWindowAndEndsWhenClosed() {
        try (WindowedDesk desk = desk("clock", "<config size=\"160\"/>")) {
            Rect before = desk.content("clock");
            Rect grown = growCorner(desk, "clock", 100, 100);
            desk.awaitRgb("the ground at the new corner", new Point(grown.right() - 1, grown.bottom() - 1), CLOCK_GROUND);
            // the face is now 260 wide, centred at (130, 130): 100 pixels right of its centre, or below it (where
            // a hand may lie, but not in both at once), lies on it, beyond the old window
            Point right = new Point(grown.x() + 230, grown.y() + 130), below = new Point(grown.x() + 130, grown.y() + 230);
            assertThat(right.x()).isGreaterThan(before.right());
            assertThat(below.y()).isGreaterThan(before.bottom());
            desk.screen.awaitScreen("the grown face", () -> desk.rgb(right) == CLOCK_FACE || desk.rgb(below) == CLOCK_FACE);
            desk.png("wm-clock-resized");

            close(desk, "clock");
            awaitLog("clock exited with code 0");
            desk.rom("window_list", l -> !l.hasChild("window"));
        }
    }

    @Test
    void theImageViewerFitsThePictureIntoTheWindowAndEndsWhenClosed() throws Exception {
        try (WindowedDesk desk = desk("image_viewer", "<config rom=\"mandelbrot.png\"/>")) {
            desk.core.rom("mandelbrot.png").set(Files.readAllBytes(Path.of("images", "mandelbrot.png")));
            Rect grown = growCorner(desk, "image_viewer", 200, 0); // 520x220: the 320x220 picture centred
            desk.awaitRgb("the ground beside the picture", new Point(grown.x() + 50, grown.y() + 110), VIEWER_GROUND);
            desk.awaitRgb("and on the other side", new Point(grown.right() - 50, grown.y() + 110), VIEWER_GROUND);
            assertThat(desk.rgb(new Point(grown.x() + 260, grown.y() + 110))).as("the picture in the middle").isNotEqualTo(VIEWER_GROUND);
            desk.png("wm-viewer-resized");

            close(desk, "image_viewer");
            awaitLog("image_viewer exited with code 0");
            desk.rom("window_list", l -> !l.hasChild("window"));
        }
    }

    @Test
    void theTerminalFillsItsWindowWithCellsAndEndsWhenClosed() {
        String config = "<config width=\"320\" height=\"200\"> <palette background=\"#202830\"/> </config>";
        try (WindowedDesk desk = new WindowedDesk("decorator", "<config/>",
                WindowedDesk.client("", "terminal").replace("16M", "48M").replace("</start>", config + "</start>"))) {
            Rect grown = growCorner(desk, "terminal", 120, 80);
            desk.awaitRgb("the terminal's ground at the new corner", new Point(grown.right() - 1, grown.bottom() - 1), TERMINAL_GROUND);
            close(desk, "terminal");
            awaitLog("terminal exited with code 0");
            desk.rom("window_list", l -> !l.hasChild("window"));
        }
    }

    @Test
    void theDisplaySettingsPanelFillsItsWindowAndClosingItKeepsTheComponent() {
        String routes = "<route> <service name=\"ROM\" label=\"mode\"> <child name=\"report_rom\"/> </service>"
                + " <service name=\"Nitpicker\"> <child name=\"wm\"/> </service> <any-service> <parent/> </any-service> </route>";
        String start = WindowedDesk.client("", "display_settings").replaceFirst("(?s)<route>.*</route>", routes);
        try (WindowedDesk desk = new WindowedDesk("decorator", "<config/>", start)) {
            Rect grown = growCorner(desk, "display_settings", 80, 60);
            desk.awaitRgb("the panel at the new corner", new Point(grown.right() - 1, grown.bottom() - 1), PANEL);

            close(desk, "display_settings");
            awaitLog("panel closed");
            desk.layout(l -> !has(l, "display_settings"));
            desk.awaitRgb("the panel off the screen", new Point(grown.x() + 10, grown.y() + 10), BACKGROUND);
            assertThat(log.messagesOf("init")).as("the component stays").noneMatch(m -> m.contains("display_settings exited"));
        }
    }
}
