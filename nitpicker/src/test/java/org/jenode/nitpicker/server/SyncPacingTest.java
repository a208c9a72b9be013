package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jenode.nitpicker.server.FakeDisplay.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Probe;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;
import org.junit.jupiter.api.Test;

/** Once the framebuffer ticks, redraws follow its sync signal, and clients' sync ticks follow redraws. */
class SyncPacingTest {

    @Test
    void redrawWaitsForTheDisplaySyncAndTicksClients() {
        try (Desk desk = new Desk(200, 100, Desk.DEFAULT_CONFIG, "a")) {
            FakeDisplay d = desk.display;
            GuiClient a = desk.client("a").open(1 << 20, 50, 50, false, 0xffff0000);
            AtomicInteger syncs = new AtomicInteger();
            a.probe().onEp(env -> {
                a.session().framebuffer().syncSigh(env.ep().handler(syncs::incrementAndGet));
                return null;
            });
            d.tickSync(); // from now on nitpicker knows the display ticks
            await("client tick", () -> syncs.get() > 0);
            a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
            Probe.sleep(Duration.ofMillis(150));
            assertThat(d.pixel(10, 10)).as("no redraw before the display's sync").isEqualTo(Policy.DEFAULT_BACKGROUND);
            d.tickSync();
            await("drawn on sync", () -> d.pixel(10, 10) == 0xffff0000);
        }
    }
}
