package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.testing.Await.until;

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
            until("composition", () -> desk.pixel(45, 45) == GREEN && desk.pixel(15, 15) == RED);
            assertThat(desk.pixel(59, 39)).isEqualTo(RED);
            assertThat(desk.pixel(89, 89)).isEqualTo(GREEN);
            assertThat(desk.pixel(95, 95)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            assertThat(desk.pixel(5, 5)).isEqualTo(Policy.DEFAULT_BACKGROUND);

            a.run(new Command.ToFront(va, ViewHandle.NONE));
            until("raise", () -> desk.pixel(45, 45) == RED);
            assertThat(desk.pixel(89, 89)).isEqualTo(GREEN);
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
            // the child's (0,0) lands at parent (50,20) + (30,30) = (80,50); its buffer's blue corner shows there
            until("nested", () -> desk.pixel(80, 50) == BLUE);
            assertThat(desk.pixel(89, 59)).isEqualTo(BLUE);
            assertThat(desk.pixel(90, 50)).as("clipped to the parent").isEqualTo(Policy.DEFAULT_BACKGROUND);
            a.run(new Command.Offset(child, new Point(-5, -5)));
            until("offset", () -> desk.pixel(84, 54) == BLUE && desk.pixel(85, 55) == RED);
        }
    }

    @Test
    void alphaViewBlendsOverWhatIsBehindAndScreenStaysOpaque() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, BLUE);
            GuiClient b = desk.client("b").open(1 << 20, 100, 100, true, 0x80ff0000);
            a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            b.view(ViewHandle.NONE, new Rect(25, 25, 50, 50));
            int expectedOverBlue = 0xff000000 | (((0xff * 0x80 + 127) / 255) << 16) | ((0xff * 0x7f + 127) / 255);
            int bg = Policy.DEFAULT_BACKGROUND;
            // the screen is read while nitpicker may still be drawing the next dirty rectangle
            until("alpha", () -> desk.pixel(30, 30) == expectedOverBlue && desk.pixel(70, 70) != bg);
            assertThat(desk.pixel(70, 70) >>> 24).isEqualTo(0xff);
            assertThat(desk.pixel(70, 70)).isNotEqualTo(bg).isNotEqualTo(0xffff0000);
        }
    }

    /**
     * The screen shows only what was refreshed, and nitpicker reads the client's buffer only where it
     * redraws: so a buffer painted green all over of which only a 4x5 rectangle is refreshed shows green
     * in exactly that rectangle, in exactly one refresh.
     */
    @Test
    void offScreenViewsAreClippedAndRefreshesCoverExactlyTheChange() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, RED);
            ViewHandle v = a.view(ViewHandle.NONE, new Rect(170, 80, 60, 60));
            desk.awaitScreen("off-screen view", () -> desk.pixel(199, 99) == RED && desk.pixel(170, 80) == RED);
            long before = desk.frames();
            a.paintSilently(new Rect(0, 0, 100, 100), GREEN);
            a.refresh(new Rect(2, 3, 4, 5));
            desk.awaitScreen("the refreshed part", () -> desk.pixel(172, 83) == GREEN && desk.pixel(175, 87) == GREEN);
            assertThat(List.of(desk.pixel(171, 83), desk.pixel(176, 83), desk.pixel(172, 82), desk.pixel(172, 88)))
                    .as("around the refreshed rectangle").containsOnly(RED);
            assertThat(desk.frames() - before).as("one refresh").isEqualTo(1);

            a.run(new Command.Geometry(v, new Rect(10, 10, 20, 20)));
            desk.awaitScreen("moved", () -> desk.pixel(10, 10) == GREEN && desk.pixel(199, 99) == Policy.DEFAULT_BACKGROUND);
            // a later change that must show proves that no third refresh was still on its way
            a.run(new Command.Geometry(v, new Rect(10, 10, 21, 20)));
            desk.awaitScreen("widened", () -> desk.pixel(30, 10) == GREEN);
            assertThat(desk.frames() - before).as("old and new place, then the widened column").isEqualTo(4);
        }
    }

    @Test
    void nitpickerDrawsAPointerOnlyWhileNoClientProvidesOne() {
        String config = Desk.DEFAULT_CONFIG.replace("<pointer draw=\"no\"/>", "") + "<policy label=\"pointer\" domain=\"pointer\"/>";
        try (Desk desk = new Desk(200, 100, config, "pointer")) {
            desk.inject(new org.jenode.input.InputEvent.AbsoluteMotion(50, 50));
            until("arrow", () -> desk.pixel(50, 50) == 0xff000000 && desk.pixel(51, 53) == 0xffffffff);
            until("old position cleared", () -> desk.pixel(0, 0) == Policy.DEFAULT_BACKGROUND);
            GuiClient p = desk.client("pointer").open(1 << 20, 8, 8, false, GREEN);
            p.view(ViewHandle.NONE, new Rect(0, 0, 8, 8));
            desk.inject(new org.jenode.input.InputEvent.AbsoluteMotion(100, 60));
            until("client pointer follows", () -> desk.pixel(100, 60) == GREEN && desk.pixel(107, 67) == GREEN);
            until("own arrow gone", () -> desk.pixel(51, 53) == Policy.DEFAULT_BACKGROUND && desk.pixel(101, 69) != 0xffffffff);
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
            until("nested foreign view", () -> desk.pixel(60, 30) == GREEN && desk.pixel(109, 49) == GREEN);
            assertThat(desk.pixel(110, 40)).isEqualTo(Policy.DEFAULT_BACKGROUND);
            assertThat(desk.pixel(55, 25)).isEqualTo(RED);
        }
    }

    @Test
    void sessionControlHidesAndShowsTheCallersSessions() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, RED);
            GuiClient b = desk.client("b").open(1 << 20, 100, 100, false, GREEN);
            a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            b.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            until("shown", () -> desk.pixel(10, 10) == RED && desk.pixel(110, 10) == GREEN);
            a.probe().onEp(env -> {
                a.session().sessionControl("", org.jenode.nitpicker.SessionControl.HIDE);
                return null;
            });
            until("hidden", () -> desk.pixel(10, 10) == Policy.DEFAULT_BACKGROUND);
            assertThat(desk.pixel(110, 10)).as("another label is not affected").isEqualTo(GREEN);
            a.probe().onEp(env -> {
                a.session().sessionControl("", org.jenode.nitpicker.SessionControl.SHOW);
                return null;
            });
            until("shown again", () -> desk.pixel(10, 10) == RED);
        }
    }

    /** Genode gives the default background to the label "backdrop"; here the policy says who has it. */
    @Test
    void theDefaultBackgroundIsThePolicysChoiceNotALabel() {
        String config = Desk.DEFAULT_CONFIG + "<policy label=\"wallpaper\" domain=\"default\" background=\"yes\"/>";
        try (Desk desk = new Desk(200, 100, config, "backdrop", "wallpaper")) {
            GuiClient backdrop = desk.client("backdrop").open(1 << 20, 100, 100, false, RED);
            GuiClient wallpaper = desk.client("wallpaper").open(1 << 20, 200, 100, false, GREEN);
            ViewHandle w = wallpaper.view(ViewHandle.NONE, new Rect(0, 0, 200, 100));
            wallpaper.run(new Command.Background(w), new Command.ToBack(w, ViewHandle.NONE));
            desk.awaitScreen("the wallpaper everywhere", () -> desk.pixel(150, 50) == GREEN && desk.pixel(10, 10) == GREEN);
            ViewHandle b = backdrop.view(ViewHandle.NONE, new Rect(0, 0, 100, 100));
            backdrop.run(new Command.Background(b), new Command.ToBack(b, ViewHandle.NONE));
            wallpaper.paint(new Rect(190, 90, 10, 10), BLUE); // a change after it, which must show
            desk.awaitScreen("the wallpaper's change", () -> desk.pixel(195, 95) == BLUE);
            assertThat(desk.pixel(10, 10)).as("the unfocused backdrop's background view").isEqualTo(GREEN);
        }
    }
}
