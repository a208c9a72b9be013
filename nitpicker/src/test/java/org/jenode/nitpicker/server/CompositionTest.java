package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.nitpicker.server.FakeDisplay.await;

import java.util.List;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/** Pixel-exact composition read back from the framebuffer. */
class CompositionTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00, BLUE = 0xff0000ff;

    @Test
    void overlappingViewsShowTheFrontOneAndBackgroundElsewhere() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, RED);
            GuiClient b = desk.client("b").open(1 << 20, 100, 100, false, GREEN);
            ViewHandle va = a.view(ViewHandle.NONE, new Rect(10, 10, 50, 50));
            b.view(ViewHandle.NONE, new Rect(40, 40, 50, 50));
            FakeDisplay d = desk.display;
            await("composition", () -> d.pixel(45, 45) == GREEN && d.pixel(15, 15) == RED);
            assertThat(d.pixel(59, 39)).isEqualTo(RED);
            assertThat(d.pixel(89, 89)).isEqualTo(GREEN);
            assertThat(d.pixel(95, 95)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            assertThat(d.pixel(5, 5)).isEqualTo(Policy.DEFAULT_BACKGROUND);

            a.run(new Command.ToFront(va, ViewHandle.NONE));
            await("raise", () -> d.pixel(45, 45) == RED);
            assertThat(d.pixel(89, 89)).isEqualTo(GREEN);
        }
    }

    @Test
    void nestedViewIsRelativeToParentAndClippedAndOffsetShiftsTheBuffer() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, RED);
            a.paint(new Rect(0, 0, 10, 10), BLUE);
            ViewHandle parent = a.view(ViewHandle.NONE, new Rect(50, 20, 40, 40));
            ViewHandle child = a.view(parent, new Rect(30, 30, 40, 40));
            a.run(new Command.Offset(child, new Point(0, 0)));
            FakeDisplay d = desk.display;
            // the child's (0,0) lands at parent (50,20) + (30,30) = (80,50); its buffer's blue corner shows there
            await("nested", () -> d.pixel(80, 50) == BLUE);
            assertThat(d.pixel(89, 59)).isEqualTo(BLUE);
            assertThat(d.pixel(90, 50)).as("clipped to the parent").isEqualTo(Policy.DEFAULT_BACKGROUND);
            a.run(new Command.Offset(child, new Point(-5, -5)));
            await("offset", () -> d.pixel(84, 54) == BLUE && d.pixel(85, 55) == RED);
        }
    }

    @Test
    void alphaViewBlendsOverWhatIsBehindAndScreenStaysOpaque() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, BLUE);
            GuiClient b = desk.client("b").open(1 << 20, 100, 100, true, 0x80ff0000);
            a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            b.view(ViewHandle.NONE, new Rect(25, 25, 50, 50));
            FakeDisplay d = desk.display;
            int expectedOverBlue = 0xff000000 | (((0xff * 0x80 + 127) / 255) << 16) | ((0xff * 0x7f + 127) / 255);
            int bg = Policy.DEFAULT_BACKGROUND;
            // the screen is read while nitpicker may still be drawing the next dirty rectangle
            await("alpha", () -> d.pixel(30, 30) == expectedOverBlue && d.pixel(70, 70) != bg);
            assertThat(d.pixel(70, 70) >>> 24).isEqualTo(0xff);
            assertThat(d.pixel(70, 70)).isNotEqualTo(bg).isNotEqualTo(0xffff0000);
        }
    }

    @Test
    void offScreenViewsAreClippedAndRefreshesCoverExactlyTheChange() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, RED);
            ViewHandle v = a.view(ViewHandle.NONE, new Rect(170, 80, 60, 60));
            FakeDisplay d = desk.display;
            await("off-screen view", () -> d.pixel(199, 99) == RED);
            d.awaitRefreshes(1);
            a.paint(new Rect(2, 3, 4, 5), GREEN);
            List<Rect> r = d.awaitRefreshes(1);
            assertThat(d.pixel(172, 83)).isEqualTo(GREEN);
            assertThat(r).containsExactly(new Rect(172, 83, 4, 5));

            a.run(new Command.Geometry(v, new Rect(10, 10, 20, 20)));
            List<Rect> moved = d.awaitRefreshes(2);
            assertThat(d.pixel(10, 10)).isEqualTo(RED);
            assertThat(d.pixel(199, 99)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            assertThat(moved).containsExactlyInAnyOrder(new Rect(10, 10, 20, 20), new Rect(170, 80, 30, 20));
        }
    }

    @Test
    void nitpickerDrawsAPointerOnlyWhileNoClientProvidesOne() {
        String config = Desk.DEFAULT_CONFIG.replace("<pointer draw=\"no\"/>", "") + "<policy label=\"pointer\" domain=\"pointer\"/>";
        try (Desk desk = new Desk(200, 100, config, "pointer")) {
            FakeDisplay d = desk.display;
            d.inject(new org.jenode.input.InputEvent.AbsoluteMotion(50, 50));
            await("arrow", () -> d.pixel(50, 50) == 0xff000000 && d.pixel(51, 53) == 0xffffffff);
            await("old position cleared", () -> d.pixel(0, 0) == Policy.DEFAULT_BACKGROUND);
            GuiClient p = desk.client("pointer").open(1 << 20, 8, 8, false, GREEN);
            p.view(ViewHandle.NONE, new Rect(0, 0, 8, 8));
            d.inject(new org.jenode.input.InputEvent.AbsoluteMotion(100, 60));
            await("client pointer follows", () -> d.pixel(100, 60) == GREEN && d.pixel(107, 67) == GREEN);
            await("own arrow gone", () -> d.pixel(51, 53) == Policy.DEFAULT_BACKGROUND && d.pixel(101, 69) != 0xffffffff);
        }
    }

    @Test
    void anImportedViewCapabilityLetsAnotherSessionNestItsViewInside() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, RED);
            GuiClient b = desk.client("b").open(1 << 20, 100, 100, false, GREEN);
            ViewHandle av = a.view(ViewHandle.NONE, new Rect(50, 20, 60, 60));
            org.jenode.nitpicker.ViewCapability cap = a.probe().onEp(env -> a.session().viewCapability(av));
            ViewHandle imported = b.probe().onEp(env -> b.session().viewHandle(cap, ViewHandle.NONE));
            b.view(imported, new Rect(10, 10, 100, 20)); // clipped to a's view: 60..110 x 30..50
            FakeDisplay d = desk.display;
            await("nested foreign view", () -> d.pixel(60, 30) == GREEN && d.pixel(109, 49) == GREEN);
            assertThat(d.pixel(110, 40)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            assertThat(d.pixel(55, 25)).isEqualTo(RED);
        }
    }

    @Test
    void sessionControlHidesAndShowsTheCallersSessions() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, RED);
            GuiClient b = desk.client("b").open(1 << 20, 100, 100, false, GREEN);
            a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            b.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            FakeDisplay d = desk.display;
            await("shown", () -> d.pixel(10, 10) == RED && d.pixel(110, 10) == GREEN);
            a.probe().onEp(env -> {
                a.session().sessionControl("", org.jenode.nitpicker.SessionControl.HIDE);
                return null;
            });
            await("hidden", () -> d.pixel(10, 10) == Policy.DEFAULT_BACKGROUND);
            assertThat(d.pixel(110, 10)).as("another label is not affected").isEqualTo(GREEN);
            a.probe().onEp(env -> {
                a.session().sessionControl("", org.jenode.nitpicker.SessionControl.SHOW);
                return null;
            });
            await("shown again", () -> d.pixel(10, 10) == RED);
        }
    }
}
