package org.jenode.wm;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/** Sessions beyond a single window: direct sessions, a client that faults, and session control. */
class SessionsTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00, BLUE = 0xff0000ff;

    @Test
    void aDirectSessionIsNoWindowAndSeesNitpickerAsIs() {
        try (WmDesk desk = new WmDesk()) {
            desk.menu.open(50, 50, BLUE);
            desk.menu.window(new Rect(300, 200, 50, 50), "menu");
            desk.app.open(100, 60, RED);
            desk.app.window(new Rect(0, 0, 100, 60), "");
            XmlNode list = desk.layouter.awaitWindowList("the app's window", l -> LayouterProbe.window(l, "app") != null);
            assertThat(list.children("window")).hasSize(1);
            desk.awaitPixel("the direct view where it put itself", 300, 200, BLUE);
            assertThat(desk.pixel(349, 249)).isEqualTo(BLUE);

            desk.screen.inject(new InputEvent.AbsoluteMotion(310, 210));
            Await.until("untranslated input", () -> desk.menu.events().contains(new InputEvent.AbsoluteMotion(310, 210)));
        }
    }

    @Test
    void aClientThatFaultsLeavesTheWindowListAndTheScreen() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.other.open(100, 60, GREEN);
            desk.other.window(new Rect(0, 0, 100, 60), "");
            desk.layouter.awaitWindowList("two windows", l -> l.children("window").size() == 2);
            desk.decorator.place(1, new Rect(50, 40, 100, 60));
            desk.decorator.place(2, new Rect(200, 40, 100, 60));
            desk.awaitPixel("shown", 60, 50, RED);

            desk.app.probe().env().ep().post(() -> { throw new IllegalStateException("a bug in the client"); });
            XmlNode list = desk.layouter.awaitWindowList("the faulty client's window gone", l -> LayouterProbe.window(l, "app") == null);
            assertThat(list.children("window")).hasSize(1);
            desk.awaitPixel("its pixels gone", 60, 50, WmDesk.FRAME);
            assertThat(desk.pixel(210, 50)).isEqualTo(GREEN);
        }
    }

    @Test
    void sessionControlAsksTheLayouterToRaiseAndMarksWindowsHiddenOnlyBelowTheCaller() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.other.open(100, 60, GREEN);
            desk.other.window(new Rect(0, 0, 100, 60), "");
            desk.layouter.awaitWindowList("two windows", l -> l.children("window").size() == 2);

            desk.app.probe().onEp(env -> {
                desk.app.session().sessionControl("", SessionControl.TO_FRONT);
                return null;
            });
            XmlNode request = desk.layouter.awaitFocusRequest("raise app", r -> r.has("id"));
            assertThat(request.toXml()).isEqualTo("<focus_request label=\"app\" id=\"1\"/>");

            desk.app.probe().onEp(env -> {
                desk.app.session().sessionControl("", SessionControl.HIDE);
                desk.app.session().sessionControl("../other", SessionControl.HIDE);
                desk.app.session().sessionControl(" -> x", SessionControl.HIDE);
                return null;
            });
            XmlNode list = desk.layouter.awaitWindowList("app hidden", l -> LayouterProbe.window(l, "app").boolAttribute("hidden", false));
            assertThat(LayouterProbe.window(list, "other").has("hidden")).as("a sibling is out of reach").isFalse();

            desk.app.probe().onEp(env -> {
                desk.app.session().sessionControl("", SessionControl.SHOW);
                return null;
            });
            desk.layouter.awaitWindowList("shown again", l -> !LayouterProbe.window(l, "app").has("hidden"));
        }
    }

    @Test
    void aTitleChangeReachesTheWindowListAndUnprintableCharactersCannotBreakIt() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            ViewHandle w = desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.app.run(new Command.Title(w, "bad\u0000\u0007\"<&>\ud800 title"));
            XmlNode list = desk.layouter.awaitWindowList("new title", l -> LayouterProbe.window(l, "app").attribute("title", "").endsWith("title"));
            assertThat(LayouterProbe.window(list, "app").attribute("title", "")).isEqualTo("bad??\"<&>? title");
        }
    }
}
