package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A wait that is not a call ({@link Entrypoint#waitFor}: the runtime waits so for the answer of a child in
 * another process, which only the entrypoint reading its wire can take) is an edge of the wait graph like
 * a call: a cycle through it is refused, and a call nested in it leaves it in place when it returns.
 */
class WaitForTest {

    private final WaitGraph graph = new WaitGraph();
    private final Entrypoint standIn = new Entrypoint("stand-in", graph);
    private final Entrypoint reader = new Entrypoint("reader", graph);
    private final Entrypoint other = new Entrypoint("other", graph);

    @Test
    void aCallFromWhatIsWaitedForIsRefused() {
        String outcome = standIn.call(() -> standIn.waitFor(reader, this::readerCallsTheStandIn));
        assertThat(outcome).isEqualTo("refused");
    }

    @Test
    void theWaitStaysInTheGraphAfterACallNestedInIt() {
        String outcome = standIn.call(() -> standIn.waitFor(reader, () -> {
            other.call(() -> 1); // a request the stand-in serves while it waits, as ChildLink does
            return readerCallsTheStandIn();
        }));
        assertThat(outcome).isEqualTo("refused");
    }

    @Test
    void afterTheWaitTheEdgeIsGone() {
        standIn.call(() -> standIn.waitFor(reader, () -> 0));
        assertThat(reader.call(() -> refusedOrNot(standIn))).isEqualTo("answered");
    }

    @Test
    void aWaitOffItsOwnThreadIsRefused() {
        assertThatThrownBy(() -> standIn.waitFor(reader, () -> 0)).isInstanceOf(IllegalStateException.class);
    }

    /**
     * The reader, on its own, calls the stand-in, which waits meanwhile for the reader's outcome: a real
     * deadlock unless the call is refused (bounded, so that a regression fails instead of hanging).
     */
    private String readerCallsTheStandIn() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        reader.post(() -> outcome.complete(refusedOrNot(standIn)));
        return outcome.get(30, TimeUnit.SECONDS);
    }

    private static String refusedOrNot(Entrypoint target) {
        try {
            return target.call(() -> "answered");
        } catch (DeadlockException e) {
            return "refused";
        }
    }
}
