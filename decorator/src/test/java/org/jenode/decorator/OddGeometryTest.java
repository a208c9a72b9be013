package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.testing.LogCapture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Windows of no size, of one pixel, partly or far off the screen, and pointers at the ends of the
 * integers: both looks draw what is on the screen and go on, without an error.
 */
class OddGeometryTest {

    @ParameterizedTest
    @ValueSource(strings = {"decorator", "themed_decorator"})
    void oddWindowsAndPointersAreDrawnOrIgnored(String binary) {
        try (LogCapture log = new LogCapture(); DecoratorDesk desk = new DecoratorDesk()) {
            TestThemes.serveT(desk.themes);
            desk.start(binary, "<config theme=\"t\"/>");
            desk.layout("""
                <window id="1" xpos="-100" ypos="-50" width="0" height="0" closer="yes" maximizer="yes"/>
                <window id="2" xpos="630" ypos="470" width="200" height="150" closer="yes" maximizer="yes" focused="yes"/>
                <window id="3" xpos="10" ypos="10" width="1" height="1" closer="yes" maximizer="yes"/>
                <window id="4" xpos="16777216" ypos="-16777216" width="16777216" height="16777216"/>
                <window id="5" xpos="-16777216" ypos="-16777216" width="16777216" height="16777216" has_alpha="yes"/>
                <window id="6" xpos="5" ypos="300" width="3" height="40" title=""/>
                """);
            desk.pointer(Integer.MAX_VALUE, Integer.MIN_VALUE);
            desk.hover(n -> n.toXml().equals("<hover/>"));
            desk.pointer(10, 10);
            desk.hover(n -> n.toXml().equals("<hover><window id=\"3\"/></hover>"));
            desk.layout("<window id=\"7\" title=\"fine\" xpos=\"100\" ypos=\"80\" width=\"200\" height=\"150\" focused=\"yes\"/>");
            int frame = binary.equals("decorator") ? 0x737787 : 0x2060a0;
            desk.awaitRgb("a normal window afterwards", 97, 150, frame);
            assertThat(log.errors()).isEmpty();
        }
    }
}
