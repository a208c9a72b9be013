package org.jenode.framebuffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.SignalHandler;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.junit.jupiter.api.Test;

/** fb_headless ticks sync at a display rate while a client listens, and stops when it unregisters. */
class SyncRateTest {

    @Test
    void syncTicksWhileRegistered() {
        Probe probe = new Probe("probe");
        try (Core _ = FbScenario.start("fb_headless", "<config width=\"64\" height=\"64\"/>", probe.binary())) {
            AtomicInteger ticks = new AtomicInteger();
            FramebufferSession fb = probe.onEp(env -> env.session(FramebufferSession.class, "fb"));
            Probe.sleep(Duration.ofMillis(300));
            assertThat(ticks.get()).isZero();
            // count every submit, also coalesced ones: the rate is the driver's, not the probe's
            probe.onEp(env -> {
                fb.syncSigh(env.ep().handler((int count) -> ticks.addAndGet(count)));
                return null;
            });
            Probe.sleep(Duration.ofSeconds(1));
            int inOneSecond = ticks.get();
            assertThat(inOneSecond).isBetween(20, 200);

            probe.onEp(env -> {
                fb.syncSigh(SignalHandler.NONE);
                return null;
            });
            Probe.sleep(Duration.ofMillis(200)); // ticks already on their way may still land
            int stopped = ticks.get();
            Probe.sleep(Duration.ofMillis(500));
            assertThat(ticks.get()).isEqualTo(stopped);
        }
    }
}
