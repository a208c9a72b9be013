package org.jenode.scenarios.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.base.testing.Await;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/**
 * Capabilities that the attacker made itself: a session of its own implementation that hangs or throws
 * an {@link Error} when called, and a view token it constructed. Nitpicker never calls them, the
 * attacker gets an {@link InvalidRequestException} at once, and composition goes on.
 */
class ForgedCapabilityTest {

    @Test
    void forgedSessionsThatHangOrThrowAreRefusedWithoutRunningThem() {
        try (HostileDesk desk = new HostileDesk("16M")) {
            desk.awaitBystander();
            NitpickerSession hangs = forged(() -> {
                Thread.sleep(15_000);
                return null;
            });
            NitpickerSession overflows = forged(() -> { throw new StackOverflowError("forged"); });
            desk.evil.onEp(env -> {
                NitpickerSession gui = env.session(NitpickerSession.class, "gui", SessionArgs.ramQuota(1 << 20));
                assertThatThrownBy(() -> gui.focus(hangs)).isInstanceOf(InvalidRequestException.class);
                assertThatThrownBy(() -> gui.focus(overflows)).isInstanceOf(InvalidRequestException.class);
                assertThatThrownBy(() -> gui.viewHandle(new ViewCapability("made up"), ViewHandle.NONE))
                        .isInstanceOf(InvalidRequestException.class);
                show(gui, new Rect(300, 200, 40, 40), 0xffcc3300);
                return null;
            });
            CaptureSession screen = desk.witness.onEp(env -> env.session(CaptureSession.class, "after"));
            Await.until("the attacker's own view composed after the attack",
                    () -> (screen.pixels(new Rect(310, 210, 1, 1))[0] & 0xffffff) == 0xcc3300);
            desk.awaitBystander();
            assertThat(desk.casualties()).isEmpty();
        }
    }

    /** A session of the attacker's own making, every call of which runs {@code body}. */
    private static NitpickerSession forged(java.util.concurrent.Callable<Object> body) {
        return (NitpickerSession) Proxy.newProxyInstance(ForgedCapabilityTest.class.getClassLoader(),
                new Class<?>[] {NitpickerSession.class}, (proxy, method, args) -> body.call());
    }

    private static void show(NitpickerSession gui, Rect where, int argb) {
        Mode mode = new Mode(where.width(), where.height());
        gui.buffer(mode, false);
        FramebufferSession fb = gui.framebuffer();
        Canvas canvas = new Canvas(fb.dataspace().ints(), mode.width(), mode.height());
        canvas.fill(Rect.of(mode.area()), argb);
        fb.refresh(Rect.of(mode.area()));
        ViewHandle view = gui.createView(ViewHandle.NONE);
        new CommandQueue(gui).enqueue(new Command.Geometry(view, where)).enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
    }
}
