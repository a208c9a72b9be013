package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Signals coalesce: submits while the handler is pending arrive once, with their count. */
class SignalTest {

    @Test
    void submitsWhileTheReceiverIsBusyCoalesce() throws Exception {
        Entrypoint ep = new Entrypoint("receiver", new WaitGraph());
        CountDownLatch busy = new CountDownLatch(1), delivered = new CountDownLatch(1);
        AtomicInteger deliveries = new AtomicInteger(), count = new AtomicInteger();
        SignalHandler handler = ep.handler(n -> {
            deliveries.incrementAndGet();
            count.set(n);
            delivered.countDown();
        });
        ep.post(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 5; i++) handler.submit();
        busy.countDown();
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        ep.call(() -> null);
        assertThat(deliveries.get()).isEqualTo(1);
        assertThat(count.get()).isEqualTo(5);
    }

    @Test
    void aCycleOfSynchronousCallsIsRefusedNamingBothEnds() {
        WaitGraph waits = new WaitGraph();
        Entrypoint a = new Entrypoint("a", waits), b = new Entrypoint("b", waits);
        Throwable[] seen = new Throwable[1];
        a.call(() -> b.call(() -> {
            try {
                return a.call(() -> "never");
            } catch (DeadlockException e) {
                seen[0] = e;
                return "refused";
            }
        }));
        assertThat(seen[0]).isInstanceOf(DeadlockException.class)
                .hasMessageContaining("call from 'b' to 'a' would deadlock");
    }

    @Test
    void aCallFromAnEntrypointToItselfRunsInline() {
        Entrypoint a = new Entrypoint("a", new WaitGraph());
        assertThat(a.call(() -> a.call(() -> Thread.currentThread().getName()))).isEqualTo("ep a");
    }
}
