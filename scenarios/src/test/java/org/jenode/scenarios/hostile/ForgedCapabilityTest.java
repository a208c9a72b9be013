package org.jenode.scenarios.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
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
            GuiClient attacker = new GuiClient(desk.evil).open(40, 40, 0xffcc3300);
            desk.evil.onEp(_ -> {
                NitpickerSession gui = attacker.session();
                assertThatThrownBy(() -> gui.focus(hangs)).isInstanceOf(InvalidRequestException.class);
                assertThatThrownBy(() -> gui.focus(overflows)).isInstanceOf(InvalidRequestException.class);
                assertThatThrownBy(() -> gui.viewHandle(new ViewCapability("made up"), ViewHandle.NONE))
                        .isInstanceOf(InvalidRequestException.class);
                return null;
            });
            attacker.view(ViewHandle.NONE, new Rect(300, 200, 40, 40));
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
}
