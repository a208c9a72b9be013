package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jenode.base.testing.Await.until;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jenode.base.InvalidRequestException;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandCodec;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/** Issue 16 as a hostile client tries it: trusted state that lies, labels that pose as others, floods. */
class HostileClientTest {

    static final String CONFIG = Desk.DEFAULT_CONFIG + "<report focus=\"yes\"/>";
    static final String FOCUS = "init -> nitpicker -> focus";

    /**
     * A label too long to report (1500 elements of 150 characters): since the runtime bounds labels per
     * element and in number, the session is refused before nitpicker sees it, and the focus report
     * goes on naming the session that really has the keys.
     */
    @Test
    void aLabelTooLongToReportNeverReachesNitpicker() {
        String element = "x".repeat(150);
        String huge = String.join(" -> ", Collections.nCopies(1500, element));
        try (Desk desk = new Desk(new HeadlessScreen(200, 100), "256K", "", CONFIG, List.of("bank", "evil"))) {
            NitpickerClient bank = desk.client("bank").open(1 << 20, 50, 50, false, 0xff00ff00);
            bank.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            desk.inject(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT));
            desk.awaitFocus("bank");

            assertThatThrownBy(() -> desk.client("evil").open(huge, 1 << 20, 50, 50, false, 0xffff0000))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("more than 16 elements");
            desk.inject(new InputEvent.Press(Keycodes.KEY_P), new InputEvent.Release(Keycodes.KEY_P));
            until("bank has the keyboard", () -> bank.events().contains(new InputEvent.Press(Keycodes.KEY_P)));
            assertThat(Await.report(desk.core, FOCUS, f -> true).attribute("label", "")).isEqualTo("bank");
        }
    }

    /** "term" is not "terminal" nor its parent: it can neither take its focus nor hide it. */
    @Test
    void aLabelThatStartsLikeAnotherIsNoParentOfIt() {
        try (Desk desk = new Desk(200, 100, CONFIG, "terminal", "term")) {
            NitpickerClient terminal = desk.client("terminal").open(1 << 20, 50, 50, false, 0xff00ff00);
            NitpickerClient term = desk.client("term").open(1 << 20, 50, 50, false, 0xffff0000);
            terminal.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            term.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            desk.inject(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT));
            desk.awaitFocus("terminal");

            term.probe.onEp(env -> {
                term.session.focus(term.session);
                term.session.sessionControl("inal", SessionControl.HIDE);
                term.session.sessionControl("", SessionControl.HIDE); // its own views only
                return null;
            });
            desk.awaitScreen("term hid itself", () -> desk.pixel(110, 10) == Policy.DEFAULT_BACKGROUND);
            assertThat(desk.pixel(10, 10)).as("terminal's view").isEqualTo(0xff00ff00);
            assertThat(Await.report(desk.core, FOCUS, f -> true).attribute("label", "")).isEqualTo("terminal");
        }
    }

    /** Two million commands naming views that do not exist: a handful of log lines, not two million. */
    @Test
    void commandsNamingUnknownViewsLogOncePerBurst() {
        try (LogLines log = new LogLines(); Desk desk = new Desk(200, 100, CONFIG, "evil")) {
            NitpickerClient evil = desk.client("evil").open(1 << 20, 50, 50, false, 0xffff0000);
            int executes = 2_000_000 / CommandCodec.MAX_COMMANDS;
            evil.probe.onEp(env -> {
                for (int i = 0; i < executes; i++) {
                    for (int slot = 0; slot < CommandCodec.MAX_COMMANDS; slot++)
                        evil.commands.enqueue(new Command.Geometry(new ViewHandle(1000 + slot), new Rect(0, 0, 1, 1)));
                    evil.commands.execute();
                }
                return null;
            });
            // each burst is its first line plus the count its last line gives: all of the flood, once it ended
            until("the flood's last burst ended", () -> log.nitpicker("names unknown view").size()
                    + log.nitpicker("more like it").stream().mapToLong(l -> Long.parseLong(l.split(" ")[1])).sum() == 2_000_000);
            assertThat(log.nitpicker("unknown view")).as("lines about the flood").hasSizeLessThanOrEqualTo(100);
            assertThat(log.nitpickerChars()).as("characters logged").isLessThan(20_000);

            evil.run(new Command.Title(new ViewHandle(7), "later")); // a new burst is told again
            until("the next burst", () -> log.nitpicker("names unknown view 7").size() == 1);
        }
    }

    /** Sub-sessions are one capability each, however often a client asks for them. */
    @Test
    void askingForInputAndFramebufferAgainCreatesNothing() {
        try (Desk desk = new Desk(200, 100, CONFIG, "evil")) {
            NitpickerClient evil = desk.client("evil").open(1 << 20, 50, 50, false, 0xffff0000);
            int[] live = evil.probe.onEp(env -> {
                Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
                Set<Object> framebuffers = Collections.newSetFromMap(new IdentityHashMap<>());
                for (int i = 0; i < 120_000; i++) {
                    inputs.add(evil.session.input());
                    framebuffers.add(evil.session.framebuffer());
                }
                return new int[] {inputs.size(), framebuffers.size()};
            });
            assertThat(live).as("live input and framebuffer capabilities after 120,000 calls each").containsExactly(1, 1);
        }
    }
}
