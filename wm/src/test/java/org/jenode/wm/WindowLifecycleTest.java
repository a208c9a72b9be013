package org.jenode.wm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.wm.WmDesk.BLACK;
import static org.jenode.wm.WmDesk.FRAME;

import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/**
 * A window's life in both directions of the protocol: it appears in {@code window_list}, the
 * decorator's placeholder brings the client's pixels into its frame, the frame moves the content, a
 * resize request re-modes the client, and a close request ends the window.
 */
class WindowLifecycleTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00;

    @Test
    void aWindowAppearsWhereTheDecoratorPutsItAndMovesWithTheFrame() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            desk.app.window(new Rect(300, 250, 100, 60), "hello");

            XmlNode list = desk.layouter.awaitWindowList("the app's window", l -> LayouterProbe.window(l, "app") != null);
            assertThat(LayouterProbe.window(list, "app").toXml())
                    .isEqualTo("<window id=\"1\" label=\"app\" title=\"hello\" width=\"100\" height=\"60\"/>");

            desk.decorator.place(1, new Rect(50, 40, 100, 60));
            desk.awaitPixel("content in the frame", 50, 40, RED);
            assertThat(desk.pixel(149, 99)).as("content's last pixel").isEqualTo(RED);
            // the decorator draws the frame on a sync of its own, which may come a frame after the content
            desk.awaitPixel("frame", 47, 37, FRAME);
            assertThat(desk.pixel(150, 100)).as("frame below right").isEqualTo(FRAME);
            assertThat(desk.pixel(310, 260)).as("where the client wanted it: ignored").isEqualTo(BLACK);
            desk.png("wm-window");

            desk.decorator.place(1, new Rect(200, 150, 100, 60));
            desk.awaitPixel("content moved with the frame", 200, 150, RED);
            assertThat(desk.pixel(60, 50)).as("old place").isEqualTo(BLACK);
            assertThat(desk.pixel(299, 209)).isEqualTo(RED);
        }
    }

    /**
     * The decorator's handle is re-bound at nitpicker to the content (no translation in the wm): when the
     * decorator destroys it, the content leaves the screen, and a new placeholder brings it back; a
     * placeholder retitled with another window's id shows that window, and the first one's content goes.
     */
    @Test
    void aPlaceholderShowsTheWindowItIsTitledWithAndTakesItAlongWhenItGoes() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            desk.app.window(new Rect(0, 0, 100, 60), "one");
            desk.other.open(100, 60, GREEN);
            desk.other.window(new Rect(0, 0, 100, 60), "two");
            desk.layouter.awaitWindowList("both windows", l -> LayouterProbe.window(l, "app") != null && LayouterProbe.window(l, "other") != null);

            desk.decorator.place(1, new Rect(50, 40, 100, 60));
            desk.awaitPixel("window 1", 60, 50, RED);
            desk.decorator.remove(1);
            desk.awaitPixel("window 1's content gone with its placeholder", 60, 50, BLACK);
            desk.decorator.place(1, new Rect(200, 40, 100, 60));
            desk.awaitPixel("window 1 in a new placeholder", 210, 50, RED);
            assertThat(desk.pixel(60, 50)).as("the old place").isEqualTo(BLACK);

            desk.decorator.retitle(1, 2);
            desk.awaitPixel("window 2 in window 1's placeholder", 210, 50, GREEN);
            assertThat(desk.pixel(299, 99)).isEqualTo(GREEN);
        }
    }

    @Test
    void aResizeRequestReModesTheClientWhichRedrawsAtTheNewSize() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            ViewHandle w = desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.app.followModes(w, GREEN);
            desk.layouter.awaitWindowList("resizeable", l -> LayouterProbe.window(l, "app") != null
                    && LayouterProbe.window(l, "app").boolAttribute("resizeable", false));
            desk.decorator.place(1, new Rect(50, 40, 100, 60));
            desk.awaitPixel("first size", 149, 99, RED);

            desk.layouter.resize(1, 150, 80);
            XmlNode list = desk.layouter.awaitWindowList("the new size", l -> LayouterProbe.window(l, "app").intAttribute("width", 0) == 150);
            assertThat(LayouterProbe.window(list, "app").intAttribute("height", 0)).isEqualTo(80);
            assertThat(desk.app.serverMode()).isEqualTo(new Mode(150, 80));
            desk.decorator.place(1, new Rect(50, 40, 150, 80));
            desk.awaitPixel("redrawn at the new size", 199, 119, GREEN);
            assertThat(desk.pixel(50, 40)).isEqualTo(GREEN);
            assertThat(desk.pixel(200, 120)).as("frame beyond").isEqualTo(FRAME);
        }
    }

    @Test
    void aClientAskedToCloseThatObeysDestroysItsWindow() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            ViewHandle w = desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.app.followModes(w, GREEN);
            desk.layouter.awaitWindowList("window", l -> LayouterProbe.window(l, "app") != null);
            desk.decorator.place(1, new Rect(50, 40, 100, 60));
            desk.awaitPixel("shown", 60, 50, RED);

            desk.layouter.resize(1, 0, 0);
            desk.layouter.awaitWindowList("closed", l -> l.children("window").isEmpty());
            desk.awaitPixel("content gone, the decorator's frame behind shows", 60, 50, FRAME);
            assertThat(desk.app.modeSignals()).isEqualTo(1);
        }
    }

    @Test
    void aClientThatIgnoresTheCloseRequestLosesItsWindowAfterTheTimeout() {
        try (WmDesk desk = new WmDesk("close_timeout_ms=\"300\"")) {
            desk.app.open(100, 60, RED);
            ViewHandle ignoring = desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.app.countModes();
            desk.other.open(100, 60, GREEN);
            ViewHandle declining = desk.other.window(new Rect(0, 0, 100, 60), "");
            desk.other.probe().onEp(env -> {
                desk.other.session().modeSigh(env.ep().handler(() -> {
                    desk.other.session().mode(); // it reads the request, and answers that it stays
                    desk.other.commands().enqueue(new Command.Geometry(declining, new Rect(0, 0, 100, 60))).execute();
                }));
                return null;
            });
            desk.layouter.awaitWindowList("two windows", l -> l.children("window").size() == 2);
            desk.decorator.place(1, new Rect(20, 20, 100, 60));
            desk.decorator.place(2, new Rect(200, 20, 100, 60));
            desk.awaitPixel("shown", 30, 30, RED);

            desk.layouter.publishResize("""
                    <resize_request> <window id="2" width="0" height="0"/> <window id="1" width="0" height="0"/> </resize_request>""");
            XmlNode list = desk.layouter.awaitWindowList("the ignoring one closed", l -> LayouterProbe.window(l, "app") == null);
            desk.awaitPixel("its pixels gone", 30, 30, FRAME);
            assertThat(desk.app.modeSignals()).as("it was told").isEqualTo(1);
            assertThat(LayouterProbe.window(list, "other")).as("the one that answered stays").isNotNull();

            desk.app.run(new Command.Geometry(ignoring, new Rect(0, 0, 120, 60)));
            desk.other.run(new Command.Title(declining, "still here"));
            list = desk.layouter.awaitWindowList("a later change", l -> LayouterProbe.window(l, "other").attribute("title", "").equals("still here"));
            assertThat(LayouterProbe.window(list, "app")).as("a closed window never returns").isNull();
        }
    }

    @Test
    void aDecoratorAndALayouterReplacedWhileRunningTakeOverTheWindows() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.layouter.awaitWindowList("window", l -> LayouterProbe.window(l, "app") != null);
            desk.decorator.place(1, new Rect(50, 40, 100, 60));
            desk.awaitPixel("shown", 60, 50, RED);

            desk.decorator.probe.onEp(env -> {
                desk.decorator.session.close();
                return null;
            });
            desk.awaitPixel("without a decorator, no window on screen", 60, 50, BLACK);
            desk.decorator.open(WmDesk.WIDTH, WmDesk.HEIGHT, FRAME);
            desk.decorator.place(1, new Rect(200, 100, 100, 60));
            desk.awaitPixel("the new decorator shows the window", 210, 110, RED);

            desk.layouter.probe.onEp(env -> {
                desk.layouter.session.close();
                return null;
            });
            desk.layouter.open();
            desk.layouter.focus(1);
            desk.awaitFocus("wm -> app");
            desk.screen.inject(new InputEvent.AbsoluteMotion(198, 98));
            Await.until("the new layouter hears the frame",
                    () -> desk.layouter.events().contains(new InputEvent.AbsoluteMotion(198, 98)));
        }
    }
}
