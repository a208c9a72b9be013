package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.decorator.DecoratorDesk.pixel;

import java.util.List;
import org.jenode.base.testing.Await;
import org.jenode.nitpicker.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The themed look on the real driver, with plain test themes whose every pixel is predictable:
 * content 100,80 200x150 gives a shadow over 88..311 x 52..241 and a frame over 96..303 x 60..233.
 */
class ThemedFrameTest {

    private static final int GREY = 0x808080, FRAME = 0x2060a0, BAR = 0x103050;
    private final DecoratorDesk desk = new DecoratorDesk("#808080");

    @AfterEach void stop() { desk.close(); }

    private static String window(int id, int x, String extra) {
        return "<window id=\"" + id + "\" title=\"one\" xpos=\"" + x + "\" ypos=\"80\" width=\"200\" height=\"150\" " + extra + ">";
    }

    private void start(String config) {
        TestThemes.serveT(desk.themes);
        desk.start("themed_decorator", config);
    }

    @Test
    void frameShadowAndTitleBarAroundTheContent() {
        start("<config theme=\"t\"/>");
        desk.layout(window(1, 100, "focused=\"yes\"") + "</window>");
        int shadow = Colors.blend(TestThemes.SHADOW, GREY);
        desk.awaitPixels(pixel("left frame", 97, 150, FRAME), pixel("right frame", 302, 150, FRAME),
                pixel("bottom frame", 200, 232, FRAME), pixel("title bar", 110, 65, BAR),
                pixel("frame's first column", 96, 150, FRAME), pixel("shadow", 95, 150, shadow),
                pixel("shadow's corner", 88, 52, shadow), pixel("beyond the shadow", 87, 150, GREY),
                pixel("placeholder", 200, 150, Window.PLACEHOLDER & 0xffffff), pixel("no maximizer granted", 100, 64, BAR));
    }

    @Test
    void controlsAppearWhenGrantedAndLightUpWhenHighlighted() {
        start("<config theme=\"t\"/>");
        desk.layout(window(1, 100, "focused=\"yes\" closer=\"yes\" maximizer=\"yes\"") + "</window>");
        // maximizer at theme (12,12): screen 100..115 x 64..79; closer at theme (44,12): 88+224-64+44 = 292
        int normal = Colors.rgb(157, 170, 183);
        desk.screen.awaitScreen("maximizer at alpha 150", () -> near(desk.rgb(105, 70), normal));
        assertThat(near(desk.rgb(295, 70), normal)).as("closer at alpha 150: #%06x", desk.rgb(295, 70)).isTrue();

        desk.layout(window(1, 100, "focused=\"yes\" closer=\"yes\" maximizer=\"yes\"") + "<highlight><closer/></highlight></window>");
        desk.awaitRgb("highlighted closer at alpha 255", 295, 70, 0xffffff);
        assertThat(near(desk.rgb(105, 70), normal)).as("maximizer stays at 150").isTrue();
    }

    @Test
    void anUnfocusedFrameIsFainterAndFadesToFull() {
        start("<config theme=\"t\"/>");
        desk.layout(window(1, 100, "") + "</window>");
        int faint = Colors.blend((255 * 200 >> 8) << 24 | FRAME, GREY);
        desk.awaitRgb("frame at 200/256", 97, 150, faint);
        desk.layout(window(1, 100, "focused=\"yes\"") + "</window>");
        desk.awaitRgb("focused frame at full alpha", 97, 150, FRAME);
    }

    @Test
    void aPolicyTintsTheFrameAndAnotherTakesItAway() {
        start("<config theme=\"t\"> <policy label=\"two\" color=\"#ff0000\"/> <policy label=\"three\" decoration=\"no\"/> </config>");
        desk.layout(window(1, 40, "focused=\"yes\"") + "</window>"
                + window(2, 360, "focused=\"yes\"").replace("\"one\"", "\"two\"") + "</window>");
        // brightness 0x20+0x60+0xa0 = 288 lies above red's 255: 33/510 of the way from red to white
        desk.awaitPixels(pixel("tinted frame", 357, 150, 0xff1010), pixel("untinted", 37, 150, FRAME));

        desk.layout(window(1, 40, "focused=\"yes\"") + "</window>"
                + window(2, 360, "focused=\"yes\"").replace("\"one\"", "\"three\"") + "</window>");
        desk.awaitPixels(pixel("no decoration", 357, 150, GREY), pixel("the placeholder stays", 360, 150, Window.PLACEHOLDER & 0xffffff));
    }

    @Test
    void aLiveThemeSwitchRedrawsEveryFrameInOneSync() {
        TestThemes.serve("theme/u/", desk.themes, 4, 24, 6, 0xffa02020, 0xff501010);
        start("<config theme=\"t\"/>");
        desk.layout(window(1, 40, "focused=\"yes\"") + "</window>" + window(2, 360, "focused=\"yes\"") + "</window>");
        desk.awaitPixels(pixel("window 1 in theme t", 37, 150, FRAME), pixel("window 2 in theme t", 357, 150, FRAME));
        assertThat(desk.margins().toXml()).contains("top=\"20\" bottom=\"4\" left=\"4\" right=\"4\"");
        desk.recorder.forget();

        desk.reconfigure("<config theme=\"u\"/>");
        desk.awaitPixels(pixel("window 1 in theme u", 37, 150, 0xa02020), pixel("window 2 in theme u", 357, 150, 0xa02020),
                pixel("u's wider frame", 35, 150, 0xa02020));
        Await.until("u's margins reported", () -> desk.margins().toXml().contains("top=\"24\" bottom=\"6\" left=\"6\" right=\"6\""));
        List<Command> first = desk.recorder.batches().getFirst();
        assertThat(first).as("both windows' views move to the new margins in the same sync")
                .filteredOn(c -> c instanceof Command.Geometry g && g.rect().width() == 220).hasSize(4);
    }

    private static boolean near(int rgb, int expected) {
        return Math.abs(Colors.red(rgb) - Colors.red(expected)) <= 1 && Math.abs((rgb >> 8 & 0xff) - (expected >> 8 & 0xff)) <= 1
                && Math.abs((rgb & 0xff) - (expected & 0xff)) <= 1;
    }

}
