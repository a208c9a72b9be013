package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jenode.base.testing.Await;
import org.junit.jupiter.api.Test;

/**
 * What a waiter that parks tells the side that wakes it: whether to spin for its next answer. A waiter
 * whose spin for an awake peer missed, or that backs off after such a miss, is busy and answers as soon
 * as it runs, so the waker should spin; one that parked for an idle peer is not. Each wait here misses for
 * certain: its hand-off comes only once the waiter is seen parked.
 */
class BriefSpinTest {

    private final BriefSpin.Parked flag = new BriefSpin.Parked();

    @Test
    void aWaiterWhoseSpinMissedAnAwakePeerIsWorthASpin() throws Exception {
        assertThat(wakeAfterPark(true)).isTrue();
    }

    @Test
    void aWaiterBackingOffAfterAMissIsStillWorthASpin() throws Exception {
        wakeAfterPark(true);
        assertThat(wakeAfterPark(true)).as("the wait after the miss, which does not spin").isTrue();
    }

    @Test
    void aWaiterThatParkedForAnIdlePeerIsNot() throws Exception {
        assertThat(wakeAfterPark(false)).isFalse();
    }

    @Test
    void aWaiterThatWasAwakeIsWorthASpin() {
        assertThat(BriefSpin.wake(Thread.currentThread(), flag)).isTrue();
    }

    /** One wait on another thread, with {@code peerAwake}, handed its answer once it is parked; what the wake said. */
    private boolean wakeAfterPark(boolean peerAwake) throws InterruptedException {
        AtomicBoolean ready = new AtomicBoolean();
        Thread waiter = Thread.ofPlatform().start(() -> BriefSpin.await(ready::get, flag, peerAwake));
        Await.until("the waiter parks", flag::parked);
        ready.set(true);
        boolean worthASpin = BriefSpin.wake(waiter, flag);
        waiter.join();
        return worthASpin;
    }
}
