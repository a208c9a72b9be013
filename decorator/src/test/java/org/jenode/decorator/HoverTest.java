package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code hover} report from {@code pointer} positions, in Genode's format, for every element of
 * both looks, and the {@code decorator_margins} report of each.
 */
class HoverTest {

    private final DecoratorDesk desk = new DecoratorDesk();

    @AfterEach void stop() { desk.close(); }

    private void expect(int x, int y, String hover) {
        desk.pointer(x, y);
        desk.hover(n -> n.toXml().equals(hover));
    }

    private static String at(int id, String elements) {
        return "<hover><window id=\"" + id + "\">" + elements + "</window></hover>";
    }

    @Test
    void motifElements() {
        desk.start("decorator", "<config/>");
        assertThat(desk.margins().toXml()).isEqualTo("<decorator_margins><floating top=\"20\" bottom=\"4\" left=\"4\" right=\"4\"/></decorator_margins>");
        desk.hover(n -> n.toXml().equals("<hover/>"));
        // content 100,80 200x150: frame 96..303 x 60..233, maximizer 100..115 and closer 284..299 on 64..79
        desk.layout(MotifFrameTest.window(1, 100, 80, "closer=\"yes\" maximizer=\"yes\"")
                + MotifFrameTest.window(2, 250, 200, ""));
        expect(150, 70, at(1, "<title/>"));
        expect(107, 70, at(1, "<maximizer/>"));
        expect(291, 70, at(1, "<closer/>"));
        expect(97, 150, at(1, "<left_sizer/>"));
        expect(302, 150, at(1, "<right_sizer/>"));
        expect(200, 61, at(1, "<top_sizer/>"));
        expect(200, 232, at(1, "<bottom_sizer/>"));
        expect(97, 70, at(1, "<left_sizer/><top_sizer/>"));
        expect(105, 61, at(1, "<left_sizer/><top_sizer/>"));
        expect(302, 61, at(1, "<right_sizer/><top_sizer/>"));
        expect(97, 232, at(1, "<left_sizer/><bottom_sizer/>"));
        expect(302, 232, at(1, "<right_sizer/><bottom_sizer/>"));
        expect(200, 150, "<hover><window id=\"1\"/></hover>");
        expect(280, 232, at(1, "<bottom_sizer/>"));
        expect(350, 190, at(2, "<title/>"));
        expect(280, 236, "<hover><window id=\"2\"/></hover>");
        expect(20, 20, "<hover/>");
        expect(150, 70, at(1, "<title/>"));
        desk.pointerLeft();
        desk.hover(n -> n.toXml().equals("<hover/>"));
    }

    @Test
    void aWindowAppearingUnderThePointerChangesTheHover() {
        desk.start("decorator", "<config/>");
        expect(150, 70, "<hover/>");
        desk.layout(MotifFrameTest.window(1, 100, 80, ""));
        desk.hover(n -> n.toXml().equals(at(1, "<title/>")));
        desk.layout(MotifFrameTest.window(1, 300, 80, ""));
        desk.hover(n -> n.toXml().equals("<hover/>"));
    }

    @Test
    void themedElements() {
        TestThemes.serveT(desk.themes);
        desk.start("themed_decorator", "<config theme=\"t\"/>");
        assertThat(desk.margins().toXml()).isEqualTo("<decorator_margins><floating top=\"20\" bottom=\"4\" left=\"4\" right=\"4\"/></decorator_margins>");
        // content 100,80 200x150; aura 8 and frame 20/4/4/4: outer 88..311 x 52..241, frame 96..303 x 60..233
        desk.layout("<window id=\"1\" title=\"one\" xpos=\"100\" ypos=\"80\" width=\"200\" height=\"150\" closer=\"yes\" maximizer=\"yes\"/>");
        int w = 224;
        expect(88 + 12, 52 + 12, at(1, "<maximizer/>"));
        expect(88 + w - 64 + 44, 52 + 12, at(1, "<closer/>"));
        expect(200, 70, at(1, "<title/>"));
        expect(97, 150, at(1, "<left_sizer/>"));
        expect(302, 150, at(1, "<right_sizer/>"));
        expect(200, 232, at(1, "<bottom_sizer/>"));
        expect(97, 61, at(1, "<left_sizer/><top_sizer/>"));
        expect(302, 61, at(1, "<right_sizer/><top_sizer/>"));
        expect(97, 232, at(1, "<left_sizer/><bottom_sizer/>"));
        expect(302, 232, at(1, "<right_sizer/><bottom_sizer/>"));
        expect(200, 150, "<hover><window id=\"1\"/></hover>");
        expect(90, 150, "<hover/>");
    }
}
