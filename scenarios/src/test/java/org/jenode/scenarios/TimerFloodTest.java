package org.jenode.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.timer.TimerSession;
import org.jenode.framebuffer.FramebufferSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client that floods its timer with 50 sessions at one microsecond cannot starve the others: the
 * timer raises each period to {@link TimerSession#MIN_PERIOD_US}, and fb_headless's sync, driven by
 * the same timer, stays near the rate it has without the flood (measured first, in the same run).
 * Both with core's timer and with a {@code timer} child, as Genode's configs start it.
 */
class TimerFloodTest {

    private static final int SESSIONS = 50;
    private static final int TICKS = 60;

    private static String scenario(boolean timerChild) {
        String parentProvides = timerChild ? "<service name=\"ROM\"/> <service name=\"Report\"/>"
                : "<service name=\"ROM\"/> <service name=\"Timer\"/> <service name=\"Report\"/>";
        String timer = timerChild
                ? "<start name=\"timer\"> <resource name=\"RAM\" quantum=\"1M\"/> <provides> <service name=\"Timer\"/> </provides> </start>"
                : "";
        return """
            <scenario ram="256M">
              <config>
                <parent-provides> %s </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                %s
                <start name="fb"> <binary name="fb_headless"/> <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Framebuffer"/> </provides> <config width="64" height="64"/> </start>
                <start name="watcher"> <resource name="RAM" quantum="1M"/> </start>
                <start name="flood"> <resource name="RAM" quantum="2M"/> </start>
              </config>
            </scenario>
            """.formatted(parentProvides, timer);
    }

    /** Sync ticks per second, counted over the next {@link #TICKS} ticks (coalesced ones included). */
    private static double syncRate(AtomicLong ticks) {
        long from = ticks.get(), start = System.nanoTime();
        Await.until(TICKS + " sync ticks", () -> ticks.get() - from >= TICKS);
        return (ticks.get() - from) / ((System.nanoTime() - start) / 1e9);
    }

    @ParameterizedTest(name = "timer child: {0}")
    @ValueSource(booleans = {false, true})
    void aTimerFloodDoesNotSlowTheDisplaysSync(boolean timerChild) {
        Probe watcher = new Probe("watcher"), flood = new Probe("flood");
        try (Core _ = TestScenario.start(scenario(timerChild), watcher.binary(), flood.binary())) {
            AtomicLong syncs = new AtomicLong();
            watcher.onEp(env -> {
                FramebufferSession fb = env.session(FramebufferSession.class, "screen");
                fb.syncSigh(env.ep().handler((int count) -> syncs.addAndGet(count)));
                return fb;
            });
            double calm = syncRate(syncs);

            List<AtomicLong> fired = new ArrayList<>();
            flood.onEp(env -> {
                for (int i = 0; i < SESSIONS; i++) {
                    AtomicLong count = new AtomicLong();
                    fired.add(count);
                    TimerSession t = env.session(TimerSession.class, "flood " + i);
                    t.sigh(env.ep().handler((int n) -> count.addAndGet(n)));
                    t.triggerPeriodic(1);
                }
                return null;
            });
            long floodStart = System.nanoTime();
            long firedBefore = fired.getFirst().get();
            double flooded = syncRate(syncs);
            double floodSeconds = (System.nanoTime() - floodStart) / 1e9;

            assertThat(flooded).as("sync rate under the flood, %.1f/s without it", calm).isGreaterThan(calm * 0.6);
            assertThat(fired.getFirst().get() - firedBefore).as("one session asking for 1 us fires at most every ms")
                    .isLessThanOrEqualTo((long) (floodSeconds * 1_000_000 / TimerSession.MIN_PERIOD_US * 1.2) + 2);
        }
    }
}
