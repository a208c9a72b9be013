package org.jenode.wm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/**
 * Every Nitpicker method the wm serves, in each role, gets null, huge, negative and forged arguments;
 * the wm answers with typed errors or ignores them, and keeps serving everybody else.
 */
class HostileClientTest {

    static final int RED = 0xffff0000, GREEN = 0xff00ff00;

    private static void invalid(ThrowingCallable call) { assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class); }

    private static final NitpickerSession FORGED = (NitpickerSession) Proxy.newProxyInstance(
            HostileClientTest.class.getClassLoader(), new Class<?>[] {NitpickerSession.class}, (p, m, a) -> null);

    @Test
    void aWindowedClientGetsTypedErrorsForEveryBadArgument() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            ViewHandle w = desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.app.probe().onEp(env -> {
                NitpickerSession s = desk.app.session();
                invalid(() -> s.createView(null));
                invalid(() -> s.createView(new ViewHandle(12345)));
                invalid(() -> s.createView(new ViewHandle(Integer.MAX_VALUE)));
                invalid(() -> s.destroyView(null));
                s.destroyView(new ViewHandle(999));
                s.destroyView(new ViewHandle(Integer.MIN_VALUE));
                invalid(() -> s.viewHandle(null, ViewHandle.NONE));
                invalid(() -> s.viewHandle(new ViewCapability("forged"), ViewHandle.NONE));
                invalid(() -> s.viewHandle(s.viewCapability(w), null));
                assertThat(s.viewHandle(s.viewCapability(w), w)).as("a designated handle in use is not re-bound").isNotEqualTo(w);
                invalid(() -> s.viewCapability(null));
                invalid(() -> s.viewCapability(new ViewHandle(999)));
                invalid(() -> s.releaseViewHandle(null));
                s.releaseViewHandle(new ViewHandle(-1));
                s.releaseViewHandle(new ViewHandle(999));
                invalid(() -> s.modeSigh(null));
                invalid(() -> s.buffer(null, false));
                assertThatThrownBy(() -> s.buffer(new Mode(100_000, 100_000), true)).isInstanceOf(QuotaExceededException.class);
                assertThatThrownBy(() -> s.buffer(new Mode(Integer.MAX_VALUE, Integer.MAX_VALUE), false)).isInstanceOf(QuotaExceededException.class);
                invalid(() -> s.focus(null));
                invalid(() -> s.focus(FORGED));
                s.focus(s);
                invalid(() -> s.sessionControl(null, SessionControl.HIDE));
                invalid(() -> s.sessionControl("", null));
                s.execute(); // nothing queued
                return null;
            });
            assertThat(desk.app.serverMode()).as("the session still works").isEqualTo(new Mode(100, 60));
            stillServing(desk);
        }
    }

    @Test
    void garbageInTheCommandBufferIsSkippedAndHugeSizesAreBounded() {
        try (WmDesk desk = new WmDesk()) {
            desk.app.open(100, 60, RED);
            ViewHandle w = desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.app.probe().onEp(env -> {
                NitpickerSession s = desk.app.session();
                var ints = s.commandDataspace().ints();
                Random random = new Random(42);
                for (int round = 0; round < 50; round++) {
                    for (int i = 0; i < ints.limit(); i++) ints.put(i, random.nextInt());
                    ints.put(0, round % 2 == 0 ? Integer.MAX_VALUE : -5);
                    s.execute();
                }
                CommandQueue q = new CommandQueue(s);
                q.enqueue(new Command.Offset(w, new Point(Integer.MIN_VALUE, Integer.MAX_VALUE)))
                        .enqueue(new Command.ToFront(w, new ViewHandle(777)))
                        .enqueue(new Command.Title(new ViewHandle(-3), "nobody"))
                        .enqueue(new Command.Geometry(w, new Rect(Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)))
                        .execute();
                return null;
            });
            XmlNode list = desk.layouter.awaitWindowList("the huge size, bounded",
                    l -> LayouterProbe.window(l, "app") != null && LayouterProbe.window(l, "app").intAttribute("width", 0) == WindowRegistry.MAX_SIDE);
            assertThat(LayouterProbe.window(list, "app").intAttribute("height", 0)).isEqualTo(WindowRegistry.MAX_SIDE);
            stillServing(desk);
        }
    }

    @Test
    void aViewAnotherClientHandedOverCanHoldChildrenButNotBeMovedOrResized() {
        try (WmDesk desk = new WmDesk()) {
            desk.other.open(100, 60, GREEN);
            ViewHandle theirs = desk.other.window(new Rect(0, 0, 100, 60), "");
            ViewCapability handed = desk.other.probe().onEp(env -> desk.other.session().viewCapability(theirs));
            desk.app.open(100, 60, RED);
            desk.app.probe().onEp(env -> {
                ViewHandle imported = desk.app.session().viewHandle(handed, ViewHandle.NONE);
                desk.app.commands().enqueue(new Command.Geometry(imported, new Rect(0, 0, 300, 300)))
                        .enqueue(new Command.Title(imported, "hijacked")).execute();
                ViewHandle nested = desk.app.session().createView(imported);
                desk.app.session().destroyView(imported); // only forgets the handle
                desk.app.commands().enqueue(new Command.Geometry(nested, new Rect(0, 0, 10, 10))).execute();
                return null;
            });
            desk.other.run(new Command.Title(theirs, "mine"));
            XmlNode list = desk.layouter.awaitWindowList("the owner's change", l -> LayouterProbe.window(l, "other").attribute("title", "").equals("mine"));
            assertThat(LayouterProbe.window(list, "other").intAttribute("width", 0)).isEqualTo(100);
            assertThat(list.children("window")).as("the nested view is no window").hasSize(1);
        }
    }

    @Test
    void theDecoratorsLayoutersAndDirectSessionsRefuseBadArgumentsToo() {
        try (WmDesk desk = new WmDesk()) {
            desk.decorator.probe.onEp(env -> {
                NitpickerSession s = desk.decorator.session;
                invalid(() -> s.createView(null));
                invalid(() -> s.createView(new ViewHandle(4711)));
                invalid(() -> s.destroyView(null));
                s.destroyView(new ViewHandle(4711));
                invalid(() -> s.viewHandle(null, ViewHandle.NONE));
                invalid(() -> s.viewHandle(new ViewCapability("forged"), ViewHandle.NONE));
                invalid(() -> s.viewCapability(new ViewHandle(4711)));
                invalid(() -> s.releaseViewHandle(null));
                s.releaseViewHandle(new ViewHandle(4711));
                invalid(() -> s.modeSigh(null));
                invalid(() -> s.buffer(null, true));
                assertThatThrownBy(() -> s.buffer(new Mode(100_000, 100_000), true)).isInstanceOf(QuotaExceededException.class);
                invalid(() -> s.focus(null));
                invalid(() -> s.sessionControl(null, SessionControl.SHOW));
                ViewHandle w = s.createView(ViewHandle.NONE);
                assertThat(s.viewHandle(s.viewCapability(w), w)).as("re-bound in place").isEqualTo(w);
                invalid(() -> s.viewHandle(new ViewCapability("forged"), w));
                s.destroyView(w);
                ViewHandle v = s.createView(ViewHandle.NONE);
                new CommandQueue(s).enqueue(new Command.Title(v, "99999999")).enqueue(new Command.ToFront(v, ViewHandle.NONE))
                        .enqueue(new Command.Title(v, "2147483648")).enqueue(new Command.ToFront(v, new ViewHandle(4711)))
                        .enqueue(new Command.Geometry(new ViewHandle(-9), Rect.EMPTY)).execute();
                var ints = s.commandDataspace().ints();
                Random random = new Random(7);
                for (int i = 0; i < ints.limit(); i++) ints.put(i, random.nextInt());
                ints.put(0, 64);
                s.execute();
                s.destroyView(v);
                return null;
            });
            desk.layouter.probe.onEp(env -> {
                NitpickerSession s = desk.layouter.session;
                invalid(s::framebuffer);
                invalid(() -> s.createView(ViewHandle.NONE));
                invalid(() -> s.viewHandle(new ViewCapability("forged"), ViewHandle.NONE));
                invalid(() -> s.viewCapability(ViewHandle.NONE));
                invalid(() -> s.buffer(new Mode(10, 10), false));
                invalid(() -> s.destroyView(null));
                invalid(() -> s.modeSigh(null));
                invalid(() -> s.focus(null));
                s.releaseViewHandle(new ViewHandle(1));
                s.execute();
                return null;
            });
            desk.menu.open(50, 50, GREEN);
            desk.menu.probe().onEp(env -> {
                NitpickerSession s = desk.menu.session();
                invalid(() -> s.createView(null));
                invalid(() -> s.createView(new ViewHandle(4711)));
                invalid(() -> s.viewHandle(null, ViewHandle.NONE));
                invalid(() -> s.viewHandle(new ViewCapability("forged"), ViewHandle.NONE));
                invalid(() -> s.modeSigh(null));
                invalid(() -> s.buffer(null, false));
                assertThatThrownBy(() -> s.buffer(new Mode(Integer.MAX_VALUE, Integer.MAX_VALUE), false)).isInstanceOf(QuotaExceededException.class);
                invalid(() -> s.sessionControl(null, SessionControl.TO_FRONT));
                invalid(() -> s.focus(null));
                return null;
            });
            stillServing(desk);
        }
    }

    @Test
    void malformedFocusAndResizeRequestsAreIgnored() {
        try (WmDesk desk = new WmDesk(); LogCapture log = new LogCapture()) {
            desk.app.open(100, 60, RED);
            desk.app.window(new Rect(0, 0, 100, 60), "");
            desk.app.countModes();
            desk.layouter.awaitWindowList("window", l -> LayouterProbe.window(l, "app") != null);
            int n = 0;
            for (String bad : new String[] {"<focus><window id=\"abc\"/></focus>", "<focus><window id=\"99999999999\"/></focus>"}) {
                desk.layouter.publishFocus(bad);
                log.await("ignoring focus", ++n);
            }
            n = 0;
            for (String bad : new String[] {"<resize_request><window id=\"1\" width=\"-5\" height=\"3\"/></resize_request>",
                    "<resize_request><window id=\"1\" width=\"x\" height=\"3\"/></resize_request>"}) {
                desk.layouter.publishResize(bad);
                log.await("ignoring resize request", ++n);
            }
            desk.layouter.publishFocus("<focus><window id=\"-1\"/></focus>");
            desk.layouter.publishResize("<resize_request><window id=\"0\" width=\"10\" height=\"3\"/><window/></resize_request>");
            desk.layouter.focus(1);
            desk.awaitFocus("wm -> app");
            desk.layouter.resize(1, 120, 70);
            Await.until("the good request", () -> desk.app.modeSignals() >= 1);
            assertThat(desk.app.serverMode()).isEqualTo(new Mode(120, 70));
            assertThat(desk.app.modeSignals()).as("none of the bad ones reached the client").isEqualTo(1);
        }
    }

    @Test
    void aClientThatCannotPayForItsWindowStaysHiddenWithoutDisturbingTheDecorator() {
        try (WmDesk desk = new WmDesk(); LogCapture log = new LogCapture()) {
            // the wm's bookkeeping (command buffer, 200 events), nitpicker's session, a 10x10 buffer, one handle: nothing more
            long quota = org.jenode.nitpicker.CommandCodec.BYTES + org.jenode.input.InputQueue.bytes(200)
                    + Payment.REAL_BASE + 10 * 10 * 4 + Payment.VIEW;
            desk.app.open(quota, 10, 10, RED);
            desk.app.window(new Rect(0, 0, 10, 10), "poor");
            desk.layouter.awaitWindowList("its window", l -> LayouterProbe.window(l, "app") != null);
            desk.decorator.place(1, new Rect(20, 20, 10, 10));
            log.await("stays hidden", 1);
            stillServing(desk);
            assertThat(desk.pixel(25, 25)).as("the frame, no content").isEqualTo(WmDesk.FRAME);
        }
    }

    /** The wm still serves: another client's window appears and the decorator brings its pixels up. */
    private static void stillServing(WmDesk desk) {
        desk.other.open(50, 40, GREEN);
        desk.other.window(new Rect(0, 0, 50, 40), "late");
        XmlNode list = desk.layouter.awaitWindowList("a later window", l -> LayouterProbe.window(l, "other") != null);
        desk.decorator.place(LayouterProbe.window(list, "other").intAttribute("id", 0), new Rect(300, 200, 50, 40));
        desk.awaitPixel("its pixels", 320, 220, GREEN);
    }
}
