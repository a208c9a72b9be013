package org.jenode.nitpicker.server;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.base.testing.Await.until;


import org.jenode.base.geometry.Rect;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/** Focus, hover, drag lock and global keys, driven by events injected at the (fake) input driver. */
class InputRoutingTest {

    static final String CONFIG = Desk.DEFAULT_CONFIG + """
            <global-key name="KEY_F11" label="b"/>
            <global-key name="KEY_SCROLLLOCK" operation="xray"/>
            <report focus="yes" hover="yes" xray="yes"/>
            """;

    @Test
    void clickFocusesAndKeysGoOnlyToTheFocusedSession() throws Exception {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            until("drawn", () -> desk.pixel(100, 0) == 0xff00ff00);

            desk.inject(new InputEvent.AbsoluteMotion(10, 20), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Press(Keycodes.KEY_A),
                    new InputEvent.Release(Keycodes.KEY_A));
            until("a gets the key", () -> a.events().contains(new InputEvent.Release(Keycodes.KEY_A)));
            assertThat(a.events()).contains(new InputEvent.AbsoluteMotion(10, 20), new InputEvent.Focus(true));
            Await.report(desk.core, "init -> nitpicker -> focus", f -> f.attribute("label", "").equals("a"));

            // moving over b: a gets LEAVE, b gets motion in its coordinates, but keys still go to a
            desk.inject(new InputEvent.AbsoluteMotion(120, 10), new InputEvent.Press(Keycodes.KEY_B), new InputEvent.Release(Keycodes.KEY_B));
            until("a gets B", () -> a.events().contains(new InputEvent.Release(Keycodes.KEY_B)));
            until("b gets motion", () -> b.events().contains(new InputEvent.AbsoluteMotion(120, 10)));
            assertThat(a.events()).contains(new InputEvent.Leave());
            assertThat(b.events()).contains(new InputEvent.AbsoluteMotion(120, 10))
                    .doesNotContain(new InputEvent.Press(Keycodes.KEY_B), new InputEvent.Release(Keycodes.KEY_B));
            Await.report(desk.core, "init -> nitpicker -> hover", h -> h.attribute("label", "").equals("b"));

            // click on b moves the focus: Focus(false) to a, Focus(true) to b
            desk.inject(new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT));
            until("focus moved", () -> b.events().contains(new InputEvent.Focus(true)));
            until("a told it lost the focus", () -> a.events().contains(new InputEvent.Focus(false)));
            until("b got the click", () -> b.events().contains(new InputEvent.Release(Keycodes.BTN_LEFT)));
            assertThat(a.events()).filteredOn(e -> e.equals(new InputEvent.Press(Keycodes.BTN_LEFT))).hasSize(1);
        }
    }

    @Test
    void dragLockKeepsMotionWithThePressedSession() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            desk.inject(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.AbsoluteMotion(120, 10), new InputEvent.AbsoluteMotion(121, 11),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            // the drag ends over b: a gets its release, then its leave, and b is told where the pointer is
            until("a left", () -> a.events().contains(new InputEvent.Leave()));
            until("b told", () -> b.events().contains(new InputEvent.AbsoluteMotion(121, 11)));
            // The two moves come within one merge window: a gets their latest position (MotionMergeTest).
            assertThat(a.events()).contains(new InputEvent.AbsoluteMotion(121, 11))
                    .containsSubsequence(new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Leave());
            assertThat(b.events()).as("nothing of the drag").containsExactly(new InputEvent.AbsoluteMotion(121, 11));
            desk.inject(new InputEvent.AbsoluteMotion(122, 12));
            until("motion after release", () -> b.events().contains(new InputEvent.AbsoluteMotion(122, 12)));
        }
    }

    /**
     * A view that moves under a pointer standing still makes its session the hovered one, told where the
     * pointer is (the wm's decorator learns the pointer is on a frame a window just left); while a button
     * is held nothing changes hands until the release.
     */
    @Test
    void aViewMovingUnderAStillPointerTellsItsSession() throws Exception {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, 0xffff0000);
            GuiClient b = desk.client("b").open(1 << 20, 100, 100, false, 0xff00ff00);
            ViewHandle av = a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            ViewHandle bv = b.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            desk.inject(new InputEvent.AbsoluteMotion(110, 10));
            until("b hovered", () -> b.events().contains(new InputEvent.AbsoluteMotion(110, 10)));

            b.run(new Command.Geometry(bv, new Rect(150, 50, 50, 50)));
            a.run(new Command.Geometry(av, new Rect(100, 0, 50, 50)));
            until("a told the pointer is on it", () -> a.events().contains(new InputEvent.AbsoluteMotion(110, 10)));
            until("b left", () -> b.events().contains(new InputEvent.Leave()));
            Await.report(desk.core, "init -> nitpicker -> hover", h -> h.attribute("label", "").equals("a"));

            desk.inject(new InputEvent.Press(Keycodes.BTN_LEFT));
            until("a pressed", () -> a.events().contains(new InputEvent.Press(Keycodes.BTN_LEFT)));
            int bSeen = b.events().size(), aSeen = a.events().size();
            a.run(new Command.Geometry(av, new Rect(0, 0, 50, 50)));
            b.run(new Command.Geometry(bv, new Rect(100, 0, 50, 50)));
            until("b's view back under the pointer", () -> desk.pixel(110, 10) == 0xff00ff00);
            desk.inject(new InputEvent.AbsoluteMotion(111, 11));
            until("the drag's motion to a", () -> a.events().contains(new InputEvent.AbsoluteMotion(111, 11)));
            assertThat(b.events()).as("nothing while the button is held").hasSize(bSeen);
            assertThat(a.events().subList(aSeen, a.events().size())).doesNotContain(new InputEvent.Leave());

            desk.inject(new InputEvent.Release(Keycodes.BTN_LEFT));
            until("b told as the drag ends", () -> b.events().contains(new InputEvent.AbsoluteMotion(111, 11)));
            until("a left", () -> a.events().subList(aSeen, a.events().size()).contains(new InputEvent.Leave()));
            assertThat(a.events().subList(aSeen, a.events().size()))
                    .containsSubsequence(new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Leave());
        }
    }

    @Test
    void hoverFocusedDomainGetsMotionOnlyWhileItsDomainHasTheFocus() {
        String config = """
                <domain name="panel" layer="2" hover="always"/>
                <domain name="apps" layer="3" hover="focused"/>
                <policy label="panel" domain="panel"/>
                <policy label="" domain="apps"/>
                <pointer draw="no"/>
                """;
        try (Desk desk = new Desk(200, 100, config, "panel", "a")) {
            GuiClient panel = desk.client("panel").open(1 << 20, 100, 100, false, 0xff0000ff);
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, 0xffff0000);
            panel.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            a.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            until("drawn", () -> desk.pixel(100, 0) == 0xffff0000);

            // nobody is focused: the panel (always) sees motion, the app (focused) does not
            desk.inject(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.AbsoluteMotion(110, 10));
            until("panel sees motion", () -> panel.events().contains(new InputEvent.AbsoluteMotion(10, 10)));
            desk.inject(new InputEvent.AbsoluteMotion(20, 20));
            until("panel sees motion again", () -> panel.events().contains(new InputEvent.AbsoluteMotion(20, 20)));
            assertThat(a.events()).doesNotContain(new InputEvent.AbsoluteMotion(110, 10));

            // once the app is focused by a click, its domain gets motion
            desk.inject(new InputEvent.AbsoluteMotion(110, 10), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.AbsoluteMotion(120, 20));
            until("focused app sees motion", () -> a.events().contains(new InputEvent.AbsoluteMotion(120, 20)));
        }
    }

    @Test
    void globalKeyGoesToItsClientForTheWholeSequenceAndXrayKeyToNobody() throws Exception {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            desk.inject(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            until("a focused", () -> a.events().contains(new InputEvent.Focus(true)));
            desk.inject(new InputEvent.Press(Keycodes.KEY_F11), new InputEvent.Press(Keycodes.KEY_X),
                    new InputEvent.Release(Keycodes.KEY_X), new InputEvent.Release(Keycodes.KEY_F11),
                    new InputEvent.Press(Keycodes.KEY_SCROLLLOCK), new InputEvent.Release(Keycodes.KEY_SCROLLLOCK),
                    new InputEvent.Press(Keycodes.KEY_Y), new InputEvent.Release(Keycodes.KEY_Y));
            until("y to a", () -> a.events().contains(new InputEvent.Release(Keycodes.KEY_Y)));
            until("F11 sequence to b", () -> b.events().contains(new InputEvent.Release(Keycodes.KEY_F11)));
            assertThat(b.events()).contains(new InputEvent.Press(Keycodes.KEY_F11), new InputEvent.Press(Keycodes.KEY_X),
                    new InputEvent.Release(Keycodes.KEY_F11));
            assertThat(a.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_X), new InputEvent.Press(Keycodes.KEY_F11));
            assertThat(a.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK));
            assertThat(b.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_SCROLLLOCK));
            Await.report(desk.core, "init -> nitpicker -> xray", x -> x.attribute("enabled", "").equals("yes"));
        }
    }

    @Test
    void touchIsRoutedLikeAPressAtTheTouchPointInDomainCoordinates() {
        String config = CONFIG.replace("<domain name=\"top\" layer=\"2\" color=\"#ffaa00\"/>",
                "<domain name=\"top\" layer=\"2\" color=\"#ffaa00\" xpos=\"100\" ypos=\"10\"/>");
        try (Desk desk = new Desk(200, 100, config, "a", "top")) {
            GuiClient a = desk.client("a").open(1 << 20, 100, 100, false, 0xffff0000);
            GuiClient top = desk.client("top").open(1 << 20, 100, 100, false, 0xff00ff00);
            a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            top.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));      // at screen (100,10)
            until("drawn", () -> desk.pixel(100, 10) == 0xff00ff00);
            desk.inject(new InputEvent.Touch(0, 110, 30), new InputEvent.TouchRelease(0));
            until("touch", () -> top.events().contains(new InputEvent.TouchRelease(0)));
            // in domain coordinates; the raw panel position as the driver reported it
            assertThat(top.events()).contains(new InputEvent.Focus(true), new InputEvent.Touch(0, 10, 20, 110, 30));
            assertThat(a.events()).doesNotContain(new InputEvent.TouchRelease(0));
        }
    }

    @Test
    void externalFocusPolicyFromTheFocusRomReplacesClickToFocus() throws Exception {
        try (Desk desk = new Desk("<rom name=\"focus\"> <focus label=\"b\"/> </rom>", 200, 100,
                "<config focus=\"rom\">" + CONFIG + "</config>", "a", "b")) {
            Desk.SideBySide clients = desk.sideBySide();
            GuiClient a = clients.left(), b = clients.right();
            // b opened its session after nitpicker read the ROM: it is focused as soon as it exists
            Await.report(desk.core, "init -> nitpicker -> focus", f -> f.attribute("label", "").equals("b"));
            desk.inject(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.Press(Keycodes.KEY_K), new InputEvent.Release(Keycodes.KEY_K));
            until("b types", () -> b.events().contains(new InputEvent.Release(Keycodes.KEY_K)));
            assertThat(a.events()).doesNotContain(new InputEvent.Press(Keycodes.KEY_K), new InputEvent.Focus(true));
            desk.core.rom("focus").set("<focus label=\"a\"/>");
            Await.report(desk.core, "init -> nitpicker -> focus", f -> f.attribute("label", "").equals("a"));
        }
    }
}
