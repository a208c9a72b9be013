package org.jenode.scenarios.wm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.input.Keycodes.KEY_ENTER;
import static org.jenode.input.Keycodes.KEY_LEFTALT;
import static org.jenode.input.Keycodes.KEY_TAB;
import static org.jenode.scenarios.wm.WindowedDesk.BACKGROUND;
import static org.jenode.scenarios.wm.WindowedDesk.BORDER;
import static org.jenode.scenarios.wm.WindowedDesk.HEIGHT;
import static org.jenode.scenarios.wm.WindowedDesk.TOP;
import static org.jenode.scenarios.wm.WindowedDesk.WIDTH;
import static org.jenode.scenarios.wm.WindowedDesk.content;
import static org.jenode.scenarios.wm.WindowedDesk.has;
import static org.jenode.scenarios.wm.WindowedDesk.window;
import static org.jenode.scenarios.wm.WindowedDesk.windows;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.junit.jupiter.api.Test;

/**
 * Each message of the wm's protocol, in both directions, with the real wm, decorator and layouter on the
 * headless driver: the user's pointer and keys go in at the driver, through nitpicker and the decorator's
 * session to the layouter, whose layout reaches the decorator and whose requests reach the client through
 * the wm; the pixels read back show the frame around the client's content, the content moved with its
 * frame, the client's buffer re-moded and redrawn at the new size, and windows gone.
 */
class WindowManagerTest {

    private static final int APP = 0xff2060a0, OTHER = 0xff30a040;

    private static int rgb(int argb) { return argb & 0xffffff; }

    private static Point centre(Rect r) { return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2); }

    /** The middle of a motif title bar, the 16 pixels above the content. */
    private static Point title(Rect c) { return new Point(c.x() + c.width() / 2, c.y() - 8); }

    /** Opens the app's 200x120 window "hello" and waits until its pixels show in its frame; where its content is. */
    private static Rect opened(WindowedDesk desk, WindowClient app) {
        app.open(new Mode(200, 120), "hello");
        Rect c = desk.content("app hello");
        desk.awaitRgb("the window", centre(c), rgb(APP));
        return c;
    }

    @Test
    void aNewWindowAppearsInItsFrameWithTheClientsPixelsInside() {
        WindowClient app = new WindowClient("app", APP);
        try (WindowedDesk desk = WindowedDesk.motif(app)) {
            app.open(new Mode(200, 120), "hello");
            Rect c = desk.content("app hello");
            assertThat(c.area()).isEqualTo(new Mode(200, 120).area());
            desk.awaitRgb("the client's pixels in the content", centre(c), rgb(APP));
            desk.awaitRgb("the client's edge at the content's corner", new Point(c.x(), c.y()), rgb(WindowClient.EDGE));
            desk.png("wm-stack-window");

            int titleBar = desk.rgb(title(c)), leftBorder = desk.rgb(new Point(c.x() - 2, c.y() + 60));
            assertThat(titleBar).as("the title bar above the content").isNotIn(BACKGROUND, rgb(APP), rgb(WindowClient.EDGE));
            assertThat(leftBorder).as("the border left of it").isNotIn(BACKGROUND, rgb(APP), rgb(WindowClient.EDGE));
            assertThat(desk.rgb(new Point(c.right() + BORDER + 2, c.y() + 60))).as("beside the frame").isEqualTo(BACKGROUND);
            assertThat(desk.rgb(new Point(c.x() + 100, c.bottom() + BORDER + 2))).as("below the frame").isEqualTo(BACKGROUND);

            XmlNode listed = desk.rom("window_list", l -> l.hasChild("window"));
            assertThat(listed.child("window").orElseThrow().attributes()).as("the wm lists a client with a mode handler as resizeable")
                    .containsEntry("label", "app").containsEntry("title", "hello").containsEntry("resizeable", "yes");
        }
    }

    @Test
    void draggingTheTitleMovesTheFrameAndTheContentWithIt() {
        WindowClient app = new WindowClient("app", APP);
        try (WindowedDesk desk = WindowedDesk.motif(app)) {
            Rect before = opened(desk, app);

            desk.drag("app", "title", title(before), title(before).plus(new Point(150, 100)));
            Rect after = content(window(desk.layout(l -> content(window(l, "app")).x() == before.x() + 150), "app"));
            assertThat(after).isEqualTo(before.translated(150, 100));
            desk.awaitRgb("the content where the frame went", centre(after), rgb(APP));
            desk.awaitRgb("the client's corner with it", after.position(), rgb(WindowClient.EDGE));
            assertThat(desk.rgb(title(after))).as("the title bar with it").isNotIn(BACKGROUND, rgb(APP));
            assertThat(desk.rgb(new Point(before.x() + 10, before.y() + 10))).as("where the window was").isEqualTo(BACKGROUND);
            assertThat(app.remodes).as("a move is no resize").hasValue(0);
        }
    }

    /**
     * A window restored from maximized comes back with its title under a pointer that has not moved:
     * nitpicker tells the decorator's session where the pointer is, so a press there drags the window
     * from that point, not from wherever the layouter last saw the pointer on a frame.
     */
    @Test
    void aTitleThatCameUnderAStillPointerDragsFromThere() {
        WindowClient app = new WindowClient("app", APP);
        try (WindowedDesk desk = WindowedDesk.motif(app)) {
            Rect first = opened(desk, app);
            desk.drag("app", "title", title(first), title(first).plus(new Point(100, 100))); // its title within the maximized content
            Rect c = first.translated(100, 100);
            desk.layout(l -> content(window(l, "app")).equals(c));
            desk.click("app", "maximizer", new Point(c.x() + 8, c.y() - 8));
            desk.awaitRgb("maximized", new Point(WIDTH - BORDER - 1, HEIGHT - BORDER - 1), rgb(WindowClient.EDGE));
            desk.motion(title(c)); // on the maximized client's content
            desk.rom("hover", h -> h.attribute("label", "").startsWith("wm -> app"));

            desk.keys(KEY_LEFTALT, KEY_ENTER, -KEY_ENTER, -KEY_LEFTALT); // restore: the title comes back under the pointer
            desk.layout(l -> content(window(l, "app")).equals(c));
            desk.awaitPointed("app", "title");
            desk.press();
            desk.motion(title(c).plus(new Point(50, 30)));
            desk.release();
            Rect after = content(window(desk.layout(l -> !content(window(l, "app")).equals(c)), "app"));
            assertThat(after).as("moved as far as the pointer").isEqualTo(c.translated(50, 30));
        }
    }

    @Test
    void draggingACornerReModesTheClientWhichRedrawsAtTheNewSize() {
        WindowClient app = new WindowClient("app", APP);
        try (WindowedDesk desk = WindowedDesk.motif(app)) {
            Rect before = opened(desk, app);

            Point corner = new Point(before.right() + 2, before.bottom() + 2);
            desk.drag("app", "bottom_right", corner, corner.plus(new Point(80, 50)));
            Rect after = content(window(desk.layout(l -> content(window(l, "app")).width() == 280), "app"));
            assertThat(after).as("anchored at the top left").isEqualTo(new Rect(before.x(), before.y(), 280, 170));
            assertThat(app.shown()).as("the client's buffer").isEqualTo(new Mode(280, 170));
            assertThat(app.remodes.get()).isPositive();
            desk.awaitRgb("the client's edge at the new corner", new Point(after.right() - 1, after.bottom() - 1), rgb(WindowClient.EDGE));
            desk.awaitRgb("its colour just inside", new Point(after.right() - 4, after.bottom() - 4), rgb(APP));
            assertThat(desk.rgb(new Point(after.x() + 140, after.bottom() + 2))).as("the bottom border moved").isNotIn(BACKGROUND, rgb(APP));
            desk.png("wm-stack-resized");
        }
    }

    @Test
    void theCloserAsksTheClientWhichClosesItsWindow() {
        WindowClient app = new WindowClient("app", APP);
        try (WindowedDesk desk = WindowedDesk.motif(app)) {
            Rect c = opened(desk, app);

            desk.click("app", "closer", new Point(c.right() - 8, c.y() - 8));
            Await.until("the client closed its window", app::closed);
            desk.layout(l -> windows(l).isEmpty());
            desk.rom("window_list", l -> !l.hasChild("window"));
            desk.awaitRgb("no content", centre(c), BACKGROUND);
            desk.awaitRgb("no frame", title(c), BACKGROUND);
        }
    }

    @Test
    void theMaximizerFillsTheScreenWithTheReModedClientAndRestoresIt() {
        WindowClient app = new WindowClient("app", APP);
        try (WindowedDesk desk = WindowedDesk.motif(app)) {
            Rect c = opened(desk, app);

            desk.click("app", "maximizer", new Point(c.x() + 8, c.y() - 8));
            Rect full = new Rect(BORDER, TOP, WIDTH - 2 * BORDER, HEIGHT - TOP - BORDER);
            desk.layout(l -> content(window(l, "app")).equals(full));
            desk.awaitRgb("the client's edge at the screen's corner", new Point(full.right() - 1, full.bottom() - 1), rgb(WindowClient.EDGE));
            assertThat(app.shown()).isEqualTo(new Mode(full.width(), full.height()));

            desk.keys(KEY_LEFTALT, KEY_ENTER, -KEY_ENTER, -KEY_LEFTALT); // toggle_fullscreen: restore
            desk.layout(l -> content(window(l, "app")).equals(c));
            desk.awaitRgb("back at its size", new Point(c.right() - 1, c.bottom() - 1), rgb(WindowClient.EDGE));
            desk.awaitRgb("the screen free again", new Point(full.right() - 10, full.bottom() - 10), BACKGROUND);
        }
    }

    @Test
    void aClickOnAWindowBehindRaisesAndFocusesItAndAltTabWalksTheWindows() {
        WindowClient app = new WindowClient("app", APP), other = new WindowClient("other", OTHER);
        try (WindowedDesk desk = WindowedDesk.motif(app, other)) {
            app.open(new Mode(200, 120), "app");
            Rect a = desk.content("app");
            other.open(new Mode(200, 120), "other");
            Rect o = desk.content("other");
            // the newer window in front; drag it half over the older one
            desk.drag("other", "title", title(o), new Point(a.x() + 150, a.y() + 52));
            Rect moved = content(window(desk.layout(l -> content(window(l, "other")).x() == a.x() + 50), "other"));
            Point overlap = new Point(moved.x() + 20, moved.y() + 30);
            desk.awaitRgb("the front window over the back one", overlap, rgb(OTHER));
            desk.awaitFocus("wm -> other");

            desk.click("app", "title", new Point(a.x() + 20, a.y() - 8));
            desk.layout(l -> windows(l).getFirst().attribute("title", "").startsWith("app"));
            desk.awaitRgb("the back window came to the front", overlap, rgb(APP));
            desk.awaitFocus("wm -> app");

            desk.keys(KEY_LEFTALT, KEY_TAB, -KEY_TAB, -KEY_LEFTALT);
            desk.awaitFocus("wm -> other");
            desk.layout(l -> windows(l).getFirst().attribute("title", "").startsWith("other"));
            desk.awaitRgb("Alt-Tab raised the other", overlap, rgb(OTHER));
        }
    }

    @Test
    void aFaultingClientsWindowDisappearsAndTheLayouterForgetsIt() {
        WindowClient app = new WindowClient("app", APP), other = new WindowClient("other", OTHER);
        try (WindowedDesk desk = WindowedDesk.motif(app, other)) {
            app.open(new Mode(200, 120), "app");
            Rect a = desk.content("app");
            other.open(new Mode(200, 120), "other");
            desk.awaitRgb("the window", centre(a), rgb(APP));

            app.fault();
            desk.rom("window_list", l -> l.children("window").size() == 1);
            XmlNode layout = desk.layout(l -> !has(l, "app"));
            assertThat(windows(layout)).extracting(w -> w.attribute("title", "")).containsExactly("other other");
            desk.awaitRgb("its content is gone", centre(a), BACKGROUND);
            desk.awaitRgb("and its frame", title(a), BACKGROUND);
        }
    }

    @Test
    void aSmallerScreenBringsEveryWindowOntoIt() {
        WindowClient app = new WindowClient("app", APP), other = new WindowClient("other", OTHER);
        try (WindowedDesk desk = WindowedDesk.motif(app, other)) {
            app.open(new Mode(200, 120), "app");
            Rect a = desk.content("app");
            other.open(new Mode(160, 100), "other");
            Rect o = desk.content("other");
            desk.drag("other", "title", title(o), new Point(560, 440));
            desk.layout(l -> content(window(l, "other")).bottom() > 400);

            desk.screen.changeMode(400, 300);
            XmlNode layout = desk.layout(l -> windows(l).stream().allMatch(w -> onScreen(content(w), 400, 300)));
            for (XmlNode w : windows(layout)) {
                Rect c = content(w);
                desk.awaitRgb(w.attribute("title", "") + " on the new screen", new Point(c.right() - 5, c.bottom() - 5),
                        rgb(w.attribute("title", "").startsWith("app") ? APP : OTHER));
            }
            assertThat(content(window(layout, "app"))).as("a window that fits stays").isEqualTo(a);
        }
    }

    /** The frame around {@code c} lies within a {@code w} x {@code h} screen. */
    private static boolean onScreen(Rect c, int w, int h) {
        return c.x() - BORDER >= 0 && c.y() - TOP >= 0 && c.right() + BORDER <= w && c.bottom() + BORDER <= h;
    }

    @Test
    void aRestartedLayouterKeepsEveryWindowWhereItWas() {
        WindowClient app = new WindowClient("app", APP), other = new WindowClient("other", OTHER);
        try (WindowedDesk desk = WindowedDesk.motif(app, other)) {
            app.open(new Mode(200, 120), "app");
            Rect a = desk.content("app");
            other.open(new Mode(160, 100), "other");
            Rect o = desk.content("other");
            desk.drag("other", "title", title(o), title(o).plus(new Point(120, 200)));
            desk.layout(l -> content(window(l, "other")).y() == o.y() + 200);
            desk.click("app", "title", title(a));
            XmlNode before = desk.layout(l -> windows(l).getFirst().attribute("title", "").startsWith("app"));
            desk.rom("rules", r -> r.children("assign").stream().anyMatch(rule -> rule.intAttribute("ypos", 0) == o.y() + 200));
            assertThat(window(before, "app").intAttribute("topped", 0)).as("raised by the click").isPositive();

            desk.restartLayouter();
            // the new layouter counts raises from nought: its layout is the old one's with the counters reset
            XmlNode after = desk.layout(l -> windows(l).size() == 2 && window(l, "app").intAttribute("topped", -1) == 0);
            assertThat(content(window(after, "app"))).isEqualTo(a);
            assertThat(content(window(after, "other"))).isEqualTo(o.translated(120, 200));
            assertThat(windows(after)).extracting(w -> w.attribute("title", "")).as("and in the same order")
                    .containsExactly("app app", "other other");
            desk.awaitRgb("the moved window's pixels where they were", centre(o.translated(120, 200)), rgb(OTHER));
        }
    }
}
