package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.InvalidRequestException;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/**
 * Views that one session imports from another, as the window manager uses them: designated handles,
 * the placing session's coordinates, destroyed views that stay destroyed, and windows with child views
 * stacked by several sessions.
 */
class ImportedViewTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00, BLUE = 0xff0000ff, YELLOW = 0xffffff00;
    static final int BG = Policy.DEFAULT_BACKGROUND;

    private static ViewCapability capability(GuiClient c, ViewHandle v) { return c.probe().onEp(env -> c.session().viewCapability(v)); }

    private static ViewHandle imported(GuiClient c, ViewCapability cap, ViewHandle designated) {
        return c.probe().onEp(env -> c.session().viewHandle(cap, designated));
    }

    @Test
    void aDesignatedHandleInUseIsReBoundAsInGenode() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            ViewHandle a2 = a.view(ViewHandle.NONE, new Rect(0, 60, 20, 20));
            ViewCapability first = capability(a, new ViewHandle(0)), second = capability(a, a2);
            ViewHandle own = new ViewHandle(0); // b's own view at (100,0)
            assertThat(imported(b, first, new ViewHandle(5))).isEqualTo(new ViewHandle(5));
            assertThat(imported(b, second, new ViewHandle(5))).as("re-bound, not another number").isEqualTo(new ViewHandle(5));
            b.run(new Command.Geometry(new ViewHandle(5), new Rect(150, 60, 20, 20)));
            desk.awaitScreen("the second view moved by handle 5", () -> desk.pixel(150, 60) == RED && desk.pixel(5, 65) == BG);
            assertThat(desk.pixel(10, 10)).as("the first stays where it was").isEqualTo(RED);

            assertThat(imported(b, first, own)).isEqualTo(own);
            b.run(new Command.Geometry(own, new Rect(60, 0, 30, 30)));
            desk.awaitScreen("handle 0 now moves a's view", () -> desk.pixel(65, 5) == RED && desk.pixel(20, 20) == BG);
            assertThat(desk.pixel(110, 10)).as("b's own view lives on, unnamed").isEqualTo(GREEN);

            b.probe().onEp(env -> {
                for (int i = 0; i < 10_000; i++) b.session().viewHandle(first, new ViewHandle(9)); // each pays back the last
                assertThat(b.session().viewHandle(first, new ViewHandle(Integer.MIN_VALUE)).valid())
                        .as("a negative designated handle is none: a new handle").isTrue();
                return null;
            });
        }
    }

    @Test
    void aViewItsOwnerDestroyedNeverComesBackThroughAnImport() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            ViewCapability cap = capability(a, new ViewHandle(0));
            ViewHandle theirs = imported(b, cap, ViewHandle.NONE);
            a.probe().onEp(env -> {
                a.session().destroyView(new ViewHandle(0));
                return null;
            });
            desk.awaitScreen("destroyed", () -> desk.pixel(10, 10) == BG);
            b.run(new Command.ToFront(theirs, ViewHandle.NONE), new Command.Geometry(theirs, new Rect(0, 0, 90, 90)));
            b.run(new Command.Geometry(new ViewHandle(0), new Rect(100, 0, 60, 60))); // a change that must show, after
            desk.awaitScreen("b's own change", () -> desk.pixel(155, 55) == GREEN);
            assertThat(desk.pixel(10, 10)).as("a's destroyed view").isEqualTo(BG);
            b.probe().onEp(env -> {
                assertThatThrownBy(() -> b.session().viewCapability(theirs)).isInstanceOf(InvalidRequestException.class);
                assertThatThrownBy(() -> b.session().createView(theirs)).isInstanceOf(InvalidRequestException.class);
                assertThatThrownBy(() -> b.session().viewHandle(cap, ViewHandle.NONE)).isInstanceOf(InvalidRequestException.class);
                b.session().releaseViewHandle(theirs);
                return null;
            });
        }
    }

    /** Genode's {@code phys_pos}: the geometry command is read in the domain of the session that sends it. */
    @Test
    void anImportedTopLevelViewIsPlacedInThePlacingSessionsDomain() {
        String config = """
                <domain name="wm" layer="2"/>
                <domain name="apps" layer="2" xpos="100" ypos="10"/>
                <policy label="wm" domain="wm"/>
                <policy label="" domain="apps"/>
                <pointer draw="no"/>
                """;
        try (Desk desk = new Desk(200, 100, config, "app", "wm")) {
            GuiClient app = desk.client("app").open(1 << 20, 40, 40, false, BLUE);
            GuiClient wm = desk.client("wm").open(1 << 20, 10, 10, false, YELLOW);
            ViewHandle v = app.view(ViewHandle.NONE, new Rect(0, 0, 40, 40));
            desk.awaitScreen("at the app's domain origin", () -> desk.pixel(100, 10) == BLUE && desk.pixel(99, 10) == BG);
            ViewHandle placed = imported(wm, capability(app, v), ViewHandle.NONE);
            wm.run(new Command.Geometry(placed, new Rect(0, 0, 40, 40)));
            desk.awaitScreen("at the wm's origin", () -> desk.pixel(0, 0) == BLUE && desk.pixel(100, 45) == BG);
            app.run(new Command.Geometry(v, new Rect(10, 10, 40, 40)));
            desk.awaitScreen("placed by its owner again", () -> desk.pixel(110, 20) == BLUE && desk.pixel(5, 5) == BG);
        }
    }

    /**
     * Two windows as the wm builds them: each client's content view with a menu nested in it, the
     * decorator raising the contents through imported handles, the wm restacking each menu in front of its
     * content. A menu stacked before its window is shown stays off the screen, is never in front of
     * another window, and leaves the screen with its window.
     */
    @Test
    void windowsWithNestedMenusStayInTheirWindowsDepth() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a", "b", "decorator")) {
            GuiClient a = desk.client("a").open(1 << 20, 60, 60, false, RED);
            GuiClient b = desk.client("b").open(1 << 20, 60, 60, false, GREEN);
            GuiClient deco = desk.client("decorator").open(1 << 20, 10, 10, false, YELLOW);
            a.paint(new Rect(0, 0, 15, 15), BLUE);   // what a's menu shows
            b.paint(new Rect(0, 0, 15, 15), YELLOW); // what b's menu shows
            ViewHandle contentA = a.probe().onEp(env -> a.session().createView(ViewHandle.NONE));
            ViewHandle contentB = b.probe().onEp(env -> b.session().createView(ViewHandle.NONE));
            a.run(new Command.Geometry(contentA, new Rect(0, 0, 60, 60)));
            b.run(new Command.Geometry(contentB, new Rect(30, 30, 60, 60)));
            ViewHandle menuA = a.probe().onEp(env -> a.session().createView(contentA));
            ViewHandle menuB = b.probe().onEp(env -> b.session().createView(contentB));
            a.run(new Command.Geometry(menuA, new Rect(40, 40, 15, 15))); // on screen at (40,40), inside where b overlaps
            b.run(new Command.Geometry(menuB, new Rect(45, 45, 15, 15))); // on screen at (75,75)
            // the wm stacks b's menu before b's window is shown: a neighbour off the stack voids it
            b.run(new Command.ToFront(menuB, contentB));
            ViewHandle windowA = imported(deco, capability(a, contentA), ViewHandle.NONE);
            ViewHandle windowB = imported(deco, capability(b, contentB), ViewHandle.NONE);
            deco.run(new Command.ToFront(windowA, ViewHandle.NONE));
            a.run(new Command.ToFront(menuA, contentA));
            desk.awaitScreen("window a with its menu", () -> desk.pixel(45, 45) == BLUE && desk.pixel(25, 25) == RED);
            assertThat(desk.pixel(80, 80)).as("b's menu, stacked before b's window was shown").isEqualTo(BG);

            deco.run(new Command.ToFront(windowB, ViewHandle.NONE));
            b.run(new Command.ToFront(menuB, contentB));
            desk.awaitScreen("window b in front, with its menu", () -> desk.pixel(80, 80) == YELLOW && desk.pixel(70, 50) == GREEN);
            assertThat(desk.pixel(45, 45)).as("a's menu stays behind window b").isEqualTo(GREEN);

            deco.run(new Command.ToFront(windowA, ViewHandle.NONE));
            a.run(new Command.ToFront(menuA, contentA));
            desk.awaitScreen("window a raised with its menu", () -> desk.pixel(45, 45) == BLUE && desk.pixel(35, 35) == RED);

            a.probe().onEp(env -> {
                a.session().destroyView(contentA);
                return null;
            });
            desk.awaitScreen("window a gone, its menu with it", () -> desk.pixel(25, 25) == BG && desk.pixel(35, 35) == YELLOW);
            assertThat(desk.pixel(45, 45)).as("no orphaned menu").isEqualTo(GREEN);
        }
    }
}
