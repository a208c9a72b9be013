package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.jenode.base.testing.Await;
import org.junit.jupiter.api.Test;

/**
 * A synchronous call through the entrypoint's hand-off: it runs on the server's thread, its answer and
 * its typed failure reach the caller, a stopped or faulted server and an interrupted wait answer
 * {@link SessionClosedException}, and no answer gets lost when many callers hand over at once.
 */
class EntrypointCallTest {

    private final Entrypoint server = new Entrypoint("server", new WaitGraph());

    @Test
    void theCallRunsOnTheServersThreadAndItsAnswerComesBack() {
        assertThat(server.call(() -> Thread.currentThread().getName())).isEqualTo("ep server");
    }

    @Test
    void aServiceExceptionReachesTheCallerAndTheServerKeepsRunning() {
        assertThatThrownBy(() -> server.call(() -> { throw new InvalidRequestException("no such view"); }))
                .isInstanceOf(InvalidRequestException.class).hasMessage("no such view");
        assertThat(server.call(() -> 42)).isEqualTo(42);
    }

    @Test
    void aFaultWhileServingIsASessionClosedExceptionAndLaterCallsAreToo() {
        assertThatThrownBy(() -> server.call(() -> { throw new IllegalStateException("bug"); }))
                .isInstanceOf(SessionClosedException.class).hasMessageContaining("faulted while serving");
        assertThatThrownBy(() -> server.call(() -> 1)).isInstanceOf(SessionClosedException.class);
    }

    @Test
    void aCallQueuedBehindAStopIsAnsweredSessionClosed() throws Exception {
        CountDownLatch busy = new CountDownLatch(1), queued = new CountDownLatch(1);
        server.post(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.stop(() -> { });
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            queued.countDown();
            try {
                server.call(() -> "too late");
            } catch (RuntimeException e) {
                seen.set(e);
            }
        });
        queued.await();
        busy.countDown();
        caller.join(20_000);
        assertThat(seen.get()).isInstanceOf(SessionClosedException.class);
    }

    @Test
    void anInterruptedCallerGetsSessionClosedAndKeepsItsInterrupt() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        server.post(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Throwable> seen = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                server.call(() -> "never waited for");
            } catch (RuntimeException e) {
                seen.set(e);
                interrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        Await.until("the caller waits", () -> caller.getState() == Thread.State.WAITING);
        caller.interrupt();
        caller.join(20_000);
        busy.countDown();
        assertThat(seen.get()).isInstanceOf(SessionClosedException.class).hasMessageContaining("interrupted");
        assertThat(interrupted.get()).isTrue();
    }

    @Test
    void manyCallersAtOnceEachGetTheirOwnAnswer() throws Exception {
        int callers = 8, calls = 5_000;
        List<Thread> threads = new ArrayList<>();
        AtomicReference<String> wrong = new AtomicReference<>();
        for (int c = 0; c < callers; c++) {
            int id = c;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < calls; i++) {
                    int n = i;
                    long answer = server.call(() -> id * 1_000_000L + n);
                    if (answer != id * 1_000_000L + n) wrong.set("caller " + id + " call " + n + " got " + answer);
                }
            }));
        }
        for (Thread t : threads) t.join(60_000);
        assertThat(threads).allMatch(t -> !t.isAlive());
        assertThat(wrong.get()).isNull();
    }

    /**
     * A call that finds the queue empty takes the slot beside it, which the server serves first; work the
     * same thread posted before must still run first, while other threads post at the same time.
     */
    @Test
    void workAThreadPostedRunsBeforeItsCallEvenWhileOthersPost() throws Exception {
        int[] last = {-1};
        Semaphore ran = new Semaphore(1);
        Thread noise = Thread.ofPlatform().start(() -> {
            try {
                while (true) {
                    ran.acquire(); // one noise item in the queue at a time, so that the queue stays short
                    server.post(ran::release);
                }
            } catch (InterruptedException e) {
                // done
            }
        });
        try {
            for (int i = 0; i < 20_000; i++) {
                int n = i;
                server.post(() -> last[0] = n);
                assertThat(server.call(() -> last[0])).as("call %d", n).isEqualTo(n);
                if (i % 2 == 0) assertThat(server.call(() -> last[0])).isEqualTo(n); // a call after a call, through the slot
            }
        } finally {
            noise.interrupt();
            noise.join();
        }
    }
}
