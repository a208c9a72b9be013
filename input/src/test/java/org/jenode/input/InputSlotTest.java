package org.jenode.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.RamAccount;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionArgs;
import org.jenode.base.SessionRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The one Input client of a driver: admitted alone, freed on close, and nobody gets what came before. */
class InputSlotTest {

    private final RamAccount client = RamAccount.root("client", 1 << 20);
    private final InputSlot slot = new InputSlot(LoggerFactory.getLogger("slot"), "test_drv");

    private SessionRequest<InputSession> request() {
        long quota = 16 * 1024;
        return new SessionRequest<>(InputSession.class, "client -> input", SessionArgs.ramQuota(quota),
                client.split(quota, "client -> input"), "client");
    }

    @Test
    void aSecondClientIsDeniedUntilTheFirstCloses() {
        InputSession first = slot.open(request());
        assertThatThrownBy(() -> slot.open(request())).isInstanceOf(ServiceDeniedException.class)
                .hasMessageContaining("test_drv serves one Input session at a time");
        first.close();
        first.close(); // a second close frees nothing twice and does not free the next client's slot
        InputSession second = slot.open(request());
        slot.submit(new InputEvent.Press(Keycodes.KEY_A));
        first.close();
        assertThat(slot.held()).isTrue();
        assertThat(new InputReader(second).drain()).containsExactly(new InputEvent.Press(Keycodes.KEY_A));
    }

    @Test
    void eventsWhileNobodyHoldsTheSessionReachNobody() {
        slot.submit(new InputEvent.Press(Keycodes.KEY_A));
        InputSession session = slot.open(request());
        assertThat(session.pending()).isFalse();
        slot.submit(new InputEvent.Release(Keycodes.KEY_A));
        assertThat(new InputReader(session).drain()).containsExactly(new InputEvent.Release(Keycodes.KEY_A));
    }

    @Test
    void aFullQueueDropsWhatDoesNotFitAndKeepsWhatDid() {
        InputSession session = slot.open(request());
        for (int i = 0; i < InputQueue.DEFAULT_CAPACITY + 10; i++) slot.submit(new InputEvent.RelativeMotion(i, 0));
        var events = new InputReader(session).drain();
        assertThat(events).hasSize(InputQueue.DEFAULT_CAPACITY);
        assertThat(events.getLast()).isEqualTo(new InputEvent.RelativeMotion(InputQueue.DEFAULT_CAPACITY - 1, 0));
    }
}
