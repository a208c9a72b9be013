package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.SignalHandler;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.junit.jupiter.api.Test;

/** fb_headless ticks sync at the display rate while a client listens, and not for a client that stopped listening. */
class SyncRateTest {

    @Test
    void syncTicksAtTheDisplayRateWhileRegistered() {
        Probe probe = new Probe("probe");
        try (Core _ = FbScenario.start("fb_headless", "<config width=\"64\" height=\"64\"/>", probe.binary())) {
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            // count every submit, also coalesced ones: the rate is the driver's, not the probe's
            AtomicInteger first = new AtomicInteger(), second = new AtomicInteger();
            long start = System.nanoTime();
            probe.onEp(env -> {
                fb.syncSigh(env.ep().handler((int count) -> first.addAndGet(count)));
                return null;
            });
            Await.until("30 sync ticks", () -> first.get() >= 30);
            // A busy machine makes ticks late, never early: at 60 Hz, 30 ticks take 29 periods (483 ms).
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 30 ticks").isGreaterThanOrEqualTo(400);

            probe.onEp(env -> {
                fb.syncSigh(SignalHandler.NONE);
                return null;
            });
            // Ticks submitted before the call returned were posted to the probe before this call, which runs after them.
            int stopped = probe.onEp(_ -> first.get());
            probe.onEp(env -> {
                fb.syncSigh(env.ep().handler((int count) -> second.addAndGet(count)));
                return null;
            });
            Await.until("ticks for the next listener", () -> second.get() >= 5);
            assertThat(first.get()).as("ticks for the listener that stopped").isEqualTo(stopped);
        }
    }
}
