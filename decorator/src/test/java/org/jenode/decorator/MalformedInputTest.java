package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.decorator.DecoratorDesk.pixel;

import java.awt.image.BufferedImage;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.Pngs;
import org.jenode.decorator.motif.MotifRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed {@code window_layout}, {@code pointer} and theme ROMs are errors that name the ROM and
 * the position in it; the decorator keeps the last model, pointer or look that made sense.
 */
class MalformedInputTest {

    private static final int BASE = MotifRenderer.BASE & 0xffffff;
    private final LogCapture log = new LogCapture();
    private final DecoratorDesk desk = new DecoratorDesk();

    @AfterEach void stop() {
        desk.close();
        log.close();
    }

    private void goodWindow() {
        desk.layout(MotifFrameTest.window(1, 100, 80, ""));
        desk.awaitRgb("the good layout", 97, 150, BASE);
        desk.pointer(150, 70);
        desk.hover(n -> n.toXml().equals("<hover><window id=\"1\"><title/></window></hover>"));
    }

    /** The layout, pointer and hover of {@link #goodWindow} are still in effect: the model is the last good one. */
    private void stillTheGoodWindow() {
        desk.pointer(200, 61);
        desk.hover(n -> n.toXml().equals("<hover><window id=\"1\"><top_sizer/></window></hover>"));
        desk.awaitRgb("the frame is still there", 97, 150, BASE);
    }

    @Test
    void aLayoutThatDoesNotParse() {
        desk.start("decorator", "<config/>");
        goodWindow();
        desk.rawLayout("<window_layout>\n  <window id=\"2\" xpos=\"1\"\n</window_layout>");
        String error = log.awaitError("ROM 'window_layout':3:");
        assertThat(error).contains("keeping the last good layout");
        stillTheGoodWindow();
        desk.layout(MotifFrameTest.window(1, 300, 200, ""));
        desk.awaitPixels(pixel("a good layout later applies", 297, 250, BASE), pixel("old place free", 97, 150, 0));
    }

    @Test
    void aLayoutWithAWrongWindow() {
        desk.start("decorator", "<config/>");
        goodWindow();
        desk.rawLayout("<window_layout>\n<window id=\"1\" width=\"10\" height=\"10\"/>\n<window id=\"-3\" width=\"10\"/></window_layout>");
        assertThat(log.awaitError("ROM 'window_layout':3:1", "window id -3 is not positive")).contains("keeping the last good layout");
        desk.rawLayout("<window_layout><window id=\"1\" width=\"-10\" height=\"10\"/></window_layout>");
        log.awaitError("ROM 'window_layout':1:16", "negative size");
        desk.rawLayout("<window_layout><window id=\"1\" width=\"10\" height=\"10\"/><window id=\"1\"/></window_layout>");
        log.awaitError("ROM 'window_layout':1:55", "appears twice");
        desk.rawLayout("<window_layout><window id=\"7\" xpos=\"2147483647\" width=\"2147483647\" height=\"1\"/></window_layout>");
        log.awaitError("ROM 'window_layout'", "out of range");
        desk.rawLayout("<window_layout><window id=\"7\" xpos=\"99999999999\"/></window_layout>");
        log.awaitError("ROM 'window_layout'", "xpos");
        desk.rawLayout("<windows/>");
        log.awaitError("ROM 'window_layout':1:1", "expected <window_layout>");
        stillTheGoodWindow();
    }

    @Test
    void aPointerThatMakesNoSense() {
        desk.start("decorator", "<config/>");
        goodWindow();
        desk.rawPointer("<pointer xpos=\"12\"/>");
        assertThat(log.awaitError("ROM 'pointer':1:1", "both xpos and ypos")).contains("keeping the last pointer position");
        desk.rawPointer("<pointer xpos=\"abc\" ypos=\"1\"/>");
        log.awaitError("ROM 'pointer':1:1", "xpos=\"abc\" is not a number");
        desk.rawPointer("<pointer");
        log.awaitError("ROM 'pointer':1:");
        desk.layout(MotifFrameTest.window(1, 100, 80, "focused=\"yes\""));
        desk.hover(n -> n.toXml().equals("<hover><window id=\"1\"><title/></window></hover>"));
        stillTheGoodWindow();
    }

    @Test
    void aBrokenThemeAtStartLeavesTheMotifLook() {
        desk.themes.set("theme/t/metadata", "<theme>\n  <aura top=\"-1\"/>\n</theme>");
        desk.start("themed_decorator", "<config theme=\"t\"/>");
        assertThat(log.awaitError("ROM 'theme/t/metadata':2:3", "not within 0..1024")).contains("drawing the motif look instead");
        goodWindow();
    }

    @Test
    void aBrokenThemeLaterKeepsTheCurrentLook() {
        TestThemes.serveT(desk.themes);
        desk.themes.set("theme/bad/metadata", "<theme><decor top=\"20\"/><closer xpos=\"1\"/></theme>");
        desk.themes.set("theme/worse/metadata", "<theme><decor top=\"20\"/></theme>");
        desk.themes.set("theme/worse/default.png", "no png");
        desk.start("themed_decorator", "<config theme=\"t\"/>");
        desk.layout("<window id=\"1\" title=\"one\" xpos=\"100\" ypos=\"80\" width=\"200\" height=\"150\" focused=\"yes\"/>");
        desk.awaitRgb("theme t", 97, 150, 0x2060a0);

        desk.reconfigure("<config theme=\"bad\"/>");
        assertThat(log.awaitError("ROM 'theme/bad/metadata':1:25", "needs xpos and ypos")).contains("keeping the current look");
        desk.reconfigure("<config theme=\"worse\"/>");
        log.awaitError("ROM 'theme/worse/default.png' holds no PNG image");
        desk.reconfigure("<config theme=\"missing\"/>");
        log.awaitError("ROM 'theme/missing/metadata' is missing");
        desk.reconfigure("<config theme=\"t\" renderer=\"fancy\"/>");
        log.awaitError("renderer=\"fancy\" is neither motif nor themed");

        desk.themes.set("theme/t/default.png", Pngs.encode(new BufferedImage(2000, 2, BufferedImage.TYPE_INT_ARGB)));
        log.awaitError("ROM 'theme/t/default.png': a 2000x2 image");
        desk.layout("<window id=\"1\" title=\"one\" xpos=\"100\" ypos=\"80\" width=\"200\" height=\"150\"/>");
        desk.awaitRgb("still theme t, now unfocused", 97, 150, Colors.blend((255 * 200 >> 8) << 24 | 0x2060a0, 0));
    }
}
