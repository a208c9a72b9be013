package org.jenode.nitpicker.server;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jenode.nitpicker.server.FakeDisplay.await;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jenode.base.InvalidRequestException;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/** What a hostile client must not be able to do. */
class SecurityTest {

    static final String CONFIG = Desk.DEFAULT_CONFIG + "<report focus=\"yes\"/>";

    @Test
    void aClientCannotReachAnotherClientsViewsOrPixels() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 50, 50, false, 0xffff0000);
            GuiClient b = desk.client("b").open(1 << 20, 50, 50, false, 0xff00ff00);
            ViewHandle av = a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            b.probe().onEp(env -> {
                assertThatThrownBy(() -> b.session().viewHandle(new ViewCapability("forged"), ViewHandle.NONE))
                        .isInstanceOf(InvalidRequestException.class);
                assertThatThrownBy(() -> b.session().createView(av)).as("a's handle means nothing to b")
                        .isInstanceOf(InvalidRequestException.class);
                var mine = b.session().framebuffer().dataspace().ints();
                assertThat(mine.get(0)).isEqualTo(0xff00ff00);
                return null;
            });
            // b moving "handle 0" (a's number) moves only b's own view 0, never a's
            ViewHandle bv = b.view(ViewHandle.NONE, new Rect(100, 0, 20, 20));
            b.run(new Command.Geometry(av, new Rect(150, 50, 10, 10)));
            FakeDisplay d = desk.display;
            await("a untouched", () -> d.pixel(0, 0) == 0xffff0000 && d.pixel(155, 55) == 0xff00ff00);
            assertThat(bv).isEqualTo(av);
        }
    }

    @Test
    void anUnfocusedClientReceivesNoKeys() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 50, 50, false, 0xffff0000);
            GuiClient b = desk.client("b").open(1 << 20, 50, 50, false, 0xff00ff00);
            a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            b.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            desk.display.inject(new InputEvent.AbsoluteMotion(10, 10), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT), new InputEvent.AbsoluteMotion(110, 10));
            for (int k = Keycodes.KEY_Q; k <= Keycodes.KEY_P; k++)
                desk.display.inject(new InputEvent.Press(k), new InputEvent.Release(k));
            await("a typed", () -> a.events().contains(new InputEvent.Release(Keycodes.KEY_P)));
            assertThat(b.events()).noneMatch(e -> e instanceof InputEvent.Press || e instanceof InputEvent.Release);
        }
    }

    @Test
    void aBufferBeyondTheDonationFailsWithQuotaExceeded() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a")) {
            GuiClient a = desk.client("a").open(64 * 1024, 10, 10, false, 0xffff0000);
            a.probe().onEp(env -> {
                assertThatThrownBy(() -> a.session().buffer(new Mode(1000, 1000), true)).isInstanceOf(QuotaExceededException.class);
                a.session().buffer(new Mode(20, 20), false);
                assertThat(a.session().framebuffer().dataspace().size()).isEqualTo(20 * 20 * 4);
                return null;
            });
        }
    }

    @Test
    void aFloodOfCommandsFromOneClientDoesNotStallAnother() {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 50, 50, false, 0xffff0000);
            GuiClient b = desk.client("b").open(1 << 20, 50, 50, false, 0xff00ff00);
            ViewHandle av = a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            b.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
            AtomicBoolean stop = new AtomicBoolean();
            a.probe().env().ep().post(new Runnable() {
                int n;

                @Override public void run() {
                    for (int i = 0; i < 64; i++) a.commands().enqueue(new Command.Offset(av, new Point(n % 3, 0)));
                    a.commands().enqueue(new Command.Title(new ViewHandle(999), "junk"));
                    a.commands().execute();
                    if (!stop.get() && n++ < 100_000) a.probe().env().ep().post(this);
                }
            });
            try {
                b.paint(new Rect(0, 0, 10, 10), 0xff0000ff);
                await("b's change on screen during the flood", () -> desk.display.pixel(105, 5) == 0xff0000ff);
            } finally {
                stop.set(true);
            }
        }
    }

    @Test
    void focusCanBeHandedOnlyToARealSessionOfThisNitpicker() throws Exception {
        try (Desk desk = new Desk(200, 100, CONFIG, "a", "b")) {
            GuiClient a = desk.client("a").open(1 << 20, 50, 50, false, 0xffff0000);
            GuiClient b = desk.client("b").open(1 << 20, 50, 50, false, 0xff00ff00);
            NitpickerSession forged = (NitpickerSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {NitpickerSession.class}, (p, m, args) -> null);
            a.probe().onEp(env -> {
                assertThatThrownBy(() -> a.session().focus(forged)).isInstanceOf(InvalidRequestException.class);
                a.session().focus(b.session());
                return null;
            });
            Await.report(desk.core, "init -> nitpicker -> focus", f -> f.attribute("label", "").equals("b"), Duration.ofSeconds(5));
        }
    }
}
