package org.jenode.layouter.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.layouter.model.ClientWindow;
import org.jenode.layouter.model.Element;
import org.jenode.layouter.model.Hover;
import org.jenode.layouter.model.LayoutEvent.FocusRequest;
import org.jenode.layouter.model.Limits;
import org.jenode.layouter.model.Margins;
import org.junit.jupiter.api.Test;

/** Genode's ROM formats read as they are written, and malformed ones refused with where they are wrong. */
class RomFormatsTest {

    /** A ROM's content as the layouter's AttachedRom parses it. */
    private static XmlNode rom(String name, String text) { return XmlParser.parse(text, "ROM '" + name + "'"); }

    private static final XmlNode EMPTY = XmlNode.builder("empty").build();

    @Test
    void theWindowListOfGenodesWm() {
        var windows = RomFormats.windowList(rom("window_list", """
                <window_list>
                  <window id="3" label="init -> testnit" title="hello" width="300" height="200" has_alpha="yes" resizeable="yes"/>
                  <window id="5" label="init -> clock" title="" width="120" height="120" hidden="yes"/>
                </window_list>"""));
        assertThat(windows).containsExactly(
                new ClientWindow(3, "init -> testnit", "hello", new Area(300, 200), true, false, true),
                new ClientWindow(5, "init -> clock", "", new Area(120, 120), false, true, false));
        assertThat(RomFormats.windowList(EMPTY)).isEmpty();
        assertThat(RomFormats.windowList(rom("window_list", "<window_list/>"))).isEmpty();
    }

    @Test
    void hoverNamesAWindowAndAnElement() {
        assertThat(RomFormats.hover(rom("hover", "<hover><window id=\"1\"> <left_sizer/> <top_sizer/> </window></hover>")))
                .isEqualTo(new Hover(1, Element.TOP_LEFT));
        assertThat(RomFormats.hover(rom("hover", "<hover><window id=\"2\"><closer/></window></hover>")))
                .isEqualTo(new Hover(2, Element.CLOSER));
        assertThat(RomFormats.hover(rom("hover", "<hover><window id=\"2\"/></hover>"))).isEqualTo(new Hover(2, Element.NONE));
        assertThat(RomFormats.hover(rom("hover", "<hover/>"))).isEqualTo(Hover.NONE);
        assertThat(RomFormats.hover(EMPTY)).isEqualTo(Hover.NONE);
    }

    @Test
    void focusRequestMarginsAndDisplays() {
        assertThat(RomFormats.focusRequest(rom("focus_request", "<focus_request label=\"init -> a\" id=\"4\"/>"), true))
                .contains(new FocusRequest("init -> a", 4, true));
        assertThat(RomFormats.focusRequest(EMPTY, true)).isEmpty();
        assertThat(RomFormats.margins(rom("decorator_margins",
                "<decorator_margins><floating top=\"20\" bottom=\"8\" left=\"1\" right=\"1\"/></decorator_margins>")))
                .isEqualTo(new Margins(20, 8, 1, 1));
        assertThat(RomFormats.margins(rom("decorator_margins", "<decorator_margins/>"))).isEqualTo(Margins.NONE);
        assertThat(RomFormats.screen(rom("displays", "<displays><display width=\"1024\" height=\"768\"/></displays>")))
                .contains(new Rect(0, 0, 1024, 768));
        assertThat(RomFormats.screen(rom("displays",
                "<displays><display width=\"1024\" height=\"768\"/><display xpos=\"1024\" width=\"800\" height=\"600\"/></displays>")))
                .as("all displays").contains(new Rect(0, 0, 1824, 768));
        assertThat(RomFormats.screen(rom("displays", "<displays/>"))).as("no display: keep the screen").isEmpty();
    }

    @Test
    void malformedXmlNamesTheRomLineAndColumn() {
        assertThatThrownBy(() -> rom("window_list", "<window_list>\n  <window id=\"1\"\n</window_list>"))
                .isInstanceOf(XmlException.class).hasMessageStartingWith("ROM 'window_list':");
    }

    @Test
    void malformedValuesNameTheRomAndTheNode() {
        assertRefused("window_list", "<window_list>\n  <window id=\"x\" width=\"1\" height=\"1\"/>\n</window_list>",
                RomFormats::windowList, "ROM 'window_list':2:3", "not a number");
        assertRefused("window_list", "<window_list>\n <window id=\"1\" width=\"-5\" height=\"1\"/></window_list>",
                RomFormats::windowList, "ROM 'window_list':2:2", "negative");
        assertRefused("window_list", "<window_list><window id=\"1\"/><window id=\"1\"/></window_list>",
                RomFormats::windowList, "ROM 'window_list':1:30", "twice");
        assertRefused("window_list", "<window_list><window width=\"1\"/></window_list>",
                RomFormats::windowList, "ROM 'window_list':1:14", "without an id");
        assertRefused("window_list", "<window_list><window id=\"99999999999\"/></window_list>",
                RomFormats::windowList, "ROM 'window_list':1:14", "out of range");
        assertRefused("window_list", "<windows/>", RomFormats::windowList, "ROM 'window_list':1:1", "expected <window_list>");
        assertRefused("window_list", "<window_list><window id=\"1\" hidden=\"maybe\"/></window_list>",
                RomFormats::windowList, "ROM 'window_list'", "yes or no");
        assertRefused("hover", "<hover><window id=\"-1\"/></hover>", RomFormats::hover, "ROM 'hover':1:8", "out of range");
        assertRefused("decorator_margins", "<decorator_margins><floating top=\"-1\"/></decorator_margins>",
                RomFormats::margins, "ROM 'decorator_margins':1:20", "negative");
        assertRefused("displays", "<displays><display width=\"16000\" height=\"10\"/><display xpos=\"16000\" width=\"16000\" height=\"1\"/></displays>",
                RomFormats::screen, "ROM 'displays':1:1", "more than");
        assertRefused("focus_request", "<focus_request id=\"soon\"/>", x -> RomFormats.focusRequest(x, true),
                "ROM 'focus_request':1:1", "not a number");
    }

    @Test
    void hugeSizesAreTakenAsTheLimit() {
        var w = RomFormats.windowList(rom("window_list",
                "<window_list><window id=\"1\" width=\"9999999999\" height=\"70000\"/></window_list>")).getFirst();
        assertThat(w.size()).isEqualTo(new Area(Limits.MAX_SIZE, Limits.MAX_SIZE));
        String longTitle = "x".repeat(5000);
        assertThat(RomFormats.windowList(rom("window_list", "<window_list><window id=\"1\" title=\"" + longTitle + "\"/></window_list>"))
                .getFirst().title()).hasSize(RomFormats.MAX_TITLE);
        assertThat(RomFormats.screen(rom("displays", "<displays><display xpos=\"-99999999\" width=\"10\" height=\"10\"/></displays>")))
                .map(Rect::x).isEqualTo(Optional.of(-Limits.MAX_COORD));
    }

    private static void assertRefused(String name, String text, java.util.function.Function<XmlNode, ?> format,
                                      String where, String what) {
        assertThatThrownBy(() -> format.apply(rom(name, text))).isInstanceOf(XmlException.class)
                .hasMessageStartingWith(where).hasMessageContaining(what);
    }
}
