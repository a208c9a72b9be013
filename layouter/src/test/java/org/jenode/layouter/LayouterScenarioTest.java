package org.jenode.layouter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.input.Keycodes.BTN_LEFT;
import static org.jenode.input.Keycodes.KEY_ENTER;
import static org.jenode.input.Keycodes.KEY_LEFTALT;
import static org.jenode.input.Keycodes.KEY_TAB;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent.AbsoluteMotion;
import org.jenode.input.InputEvent.Press;
import org.jenode.input.InputEvent.Release;
import org.junit.jupiter.api.Test;

/**
 * The layouter as a component among stand-ins for the wm, the decorator and nitpicker: every message
 * goes through report_rom and the input through the layouter's session at the wm, as on the desktop.
 */
class LayouterScenarioTest {

    private static final String TWO_WINDOWS = """
            <window_list>
              <window id="1" label="init -> testnit" title="" width="300" height="200" resizeable="yes"/>
              <window id="2" label="init -> clock" title="" width="200" height="150" resizeable="yes"/>
            </window_list>""";

    /** Window {@code id} of a layout. */
    private static XmlNode window(XmlNode layout, int id) {
        return layout.children("window").stream().filter(w -> w.intAttribute("id", 0) == id).findFirst().orElseThrow();
    }

    private static boolean has(XmlNode layout, int id, String attribute, String value) {
        return layout.children("window").stream()
                .anyMatch(w -> w.intAttribute("id", 0) == id && w.attribute(attribute, "").equals(value));
    }

    /** id to "xpos,ypos,width,height" of every window. */
    private static Map<String, String> geometry(XmlNode layout) {
        return layout.children("window").stream().collect(Collectors.toMap(w -> w.attribute("title", ""),
                w -> w.attribute("xpos", "") + "," + w.attribute("ypos", "") + "," + w.attribute("width", "") + ","
                        + w.attribute("height", "")));
    }

    private static LayouterScenario desktop() {
        LayouterScenario s = new LayouterScenario();
        s.nitpickerReports("displays", "<displays><display width=\"1024\" height=\"768\"/></displays>");
        s.decoratorReports("decorator_margins",
                "<decorator_margins><floating top=\"20\" bottom=\"4\" left=\"4\" right=\"4\"/></decorator_margins>");
        s.wmReports("window_list", TWO_WINDOWS);
        return s;
    }

    @Test
    void windowsArePlacedApartMovedByTheTitleAndResizedByACorner() {
        try (LayouterScenario s = desktop()) {
            XmlNode layout = s.layout(l -> l.children("window").size() == 2);
            assertThat(geometry(layout)).containsEntry("init -> testnit", "4,20,300,200")
                    .containsEntry("init -> clock", "312,20,200,150");
            assertThat(layout.children("window").getFirst().attribute("id", "")).as("the latest in front").isEqualTo("2");

            s.hover(1, "title");
            s.input(new AbsoluteMotion(100, 10), new Press(BTN_LEFT), new AbsoluteMotion(400, 310), new Release(BTN_LEFT));
            layout = s.layout(l -> has(l, 1, "xpos", "304"));
            assertThat(window(layout, 1).attributes()).containsEntry("ypos", "320").containsEntry("focused", "yes")
                    .containsEntry("topped", "1");
            assertThat(layout.children("window").getFirst().attribute("id", "")).as("raised by the click").isEqualTo("1");
            s.atWm("focus", f -> f.child("window").map(w -> w.attribute("id", "")).orElse("").equals("1"));

            s.decoratorReports("hover", "<hover><window id=\"1\"><bottom_sizer/><right_sizer/></window></hover>");
            s.layout(l -> window(l, 1).child("highlight").map(h -> h.hasChild("bottom_right")).orElse(false));
            s.input(new AbsoluteMotion(604, 520), new Press(BTN_LEFT), new AbsoluteMotion(654, 560));
            XmlNode request = s.atWm("resize_request", r -> r.hasChild("window")).child("window").orElseThrow();
            assertThat(request.attributes()).containsEntry("id", "1").containsEntry("width", "350").containsEntry("height", "240");
            s.wmReports("window_list", TWO_WINDOWS.replace("width=\"300\" height=\"200\"", "width=\"350\" height=\"240\""));
            s.input(new Release(BTN_LEFT));
            layout = s.layout(l -> has(l, 1, "width", "350"));
            assertThat(window(layout, 1).attributes()).as("the top-left corner stays").containsEntry("xpos", "304")
                    .containsEntry("ypos", "320");
            s.atWm("resize_request", r -> !r.hasChild("window"));
        }
    }

    @Test
    void theCloserAsksTheClientToCloseAndAKeyMaximizes() {
        try (LayouterScenario s = desktop()) {
            s.layout(l -> l.children("window").size() == 2);
            s.hover(2, "closer");
            s.input(new AbsoluteMotion(500, 10), new Press(BTN_LEFT), new Release(BTN_LEFT));
            XmlNode request = s.atWm("resize_request", r -> r.hasChild("window")).child("window").orElseThrow();
            assertThat(request.attributes()).containsEntry("id", "2").containsEntry("width", "0").containsEntry("height", "0");

            s.hover(1, "title");
            s.input(new Press(BTN_LEFT), new Release(BTN_LEFT), new Press(KEY_LEFTALT), new Press(KEY_ENTER),
                    new Release(KEY_ENTER), new Release(KEY_LEFTALT));
            s.atWm("resize_request", r -> r.children("window").stream()
                    .anyMatch(w -> w.attribute("id", "").equals("1") && w.attribute("width", "").equals("1016")
                            && w.attribute("height", "").equals("744")));
            assertThat(window(s.layout(l -> has(l, 1, "xpos", "4")), 1).attribute("ypos", "")).isEqualTo("20");
        }
    }

    @Test
    void altTabGoesToTheWindowFocusedBefore() {
        try (LayouterScenario s = desktop()) {
            s.layout(l -> l.children("window").size() == 2);
            for (int id : new int[] {1, 2}) {
                s.hover(id, "title");
                s.input(new Press(BTN_LEFT), new Release(BTN_LEFT));
                s.atWm("focus", f -> f.child("window").orElseThrow().attribute("id", "").equals(String.valueOf(id)));
            }
            s.input(new Press(KEY_LEFTALT), new Press(KEY_TAB), new Release(KEY_TAB), new Release(KEY_LEFTALT));
            s.atWm("focus", f -> f.child("window").orElseThrow().attribute("id", "").equals("1"));
            XmlNode layout = s.layout(l -> l.children("window").getFirst().attribute("id", "").equals("1"));
            assertThat(window(layout, 1).attribute("focused", "")).isEqualTo("yes");
        }
    }

    @Test
    void aRestartedLayouterKeepsEveryWindowWhereItWas() {
        try (LayouterScenario s = desktop()) {
            s.layout(l -> l.children("window").size() == 2);
            s.hover(1, "title");
            s.input(new AbsoluteMotion(100, 10), new Press(BTN_LEFT), new AbsoluteMotion(333, 444), new Release(BTN_LEFT));
            s.hover(2, "maximizer");
            s.input(new Press(BTN_LEFT), new Release(BTN_LEFT));
            s.atWm("resize_request", r -> r.hasChild("window"));
            s.wmReports("window_list", TWO_WINDOWS.replace("width=\"200\" height=\"150\"", "width=\"1016\" height=\"744\""));
            s.hoverNothing();
            s.atWm("rules", r -> r.children("assign").size() == 2 && r.children("assign").getFirst().has("maximized"));
            XmlNode before = s.layout(l -> has(l, 2, "width", "1016") && has(l, 1, "xpos", "237") && !window(l, 2).hasChild("highlight"));

            s.restartLayouter();
            Await.until("the restarted layouter's session at the wm", () -> s.wm.sessions() == 2);
            // the new layouter has raised nothing yet; the old one had raised both windows
            XmlNode after = s.layout(l -> l.children("window").size() == 2
                    && l.children("window").stream().allMatch(w -> w.attribute("topped", "").equals("0")));
            assertThat(geometry(after)).isEqualTo(geometry(before));
            assertThat(after.children("window")).extracting(w -> w.attribute("id", "")).as("and in the same order")
                    .containsExactly("2", "1");
            assertThat(s.atWm("resize_request", _ -> true).children()).as("nobody is asked to resize").isEmpty();

            s.hover(2, "maximizer");
            s.input(new Press(BTN_LEFT), new Release(BTN_LEFT));
            s.atWm("resize_request", r -> r.children("window").stream().anyMatch(w -> w.attribute("width", "").equals("200")));
        }
    }

    @Test
    void aSmallerScreenBringsEveryWindowOntoItAndAFocusRequestRaisesItsWindow() {
        try (LayouterScenario s = desktop()) {
            s.layout(l -> l.children("window").size() == 2);
            s.hover(1, "title");
            s.input(new AbsoluteMotion(100, 10), new Press(BTN_LEFT), new AbsoluteMotion(800, 600), new Release(BTN_LEFT));
            s.layout(l -> has(l, 1, "xpos", "704"));
            s.nitpickerReports("displays", "<displays><display width=\"640\" height=\"480\"/></displays>");
            XmlNode layout = s.layout(l -> has(l, 1, "xpos", "336"));
            assertThat(window(layout, 1).attribute("ypos", "")).as("its frame's bottom at the screen's").isEqualTo("276");

            s.wmReports("focus_request", "<focus_request label=\"init -> clock\" id=\"1\"/>");
            s.atWm("focus", f -> f.child("window").orElseThrow().attribute("id", "").equals("2"));
            assertThat(s.layout(l -> l.children("window").getFirst().attribute("id", "").equals("2"))).isNotNull();
        }
    }

    @Test
    void aMalformedRomIsNamedWithItsPlaceAndTheLastGoodLayoutStays() {
        try (LogCapture log = new LogCapture(); LayouterScenario s = desktop()) {
            XmlNode good = s.layout(l -> l.children("window").size() == 2);
            s.wmReports("window_list", "<window_list>\n  <window id=\"1\" width=\"-300\" height=\"200\"/>\n</window_list>");
            List<String> warnings = Await.answer("the layouter's warning", () -> log.messagesOf("init -> layouter"),
                    l -> l.stream().anyMatch(m -> m.contains("ROM 'window_list':1:14")));
            assertThat(warnings).anyMatch(m -> m.contains("negative") && m.contains("keeping the last good state"));
            s.hover(1, "title");
            XmlNode after = s.layout(_ -> true);
            assertThat(geometry(after)).as("both windows as before").isEqualTo(geometry(good));
        }
    }
}
