package org.jenode.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.junit.jupiter.api.Test;

/**
 * The ring of an Input session: read without a call, freed by the client's word only, full when the
 * client has not freed it, and proof against a count the client forges.
 */
class InputQueueTest {

    private static final int CAPACITY = 8;

    private final InputQueue queue = new InputQueue(RamAccount.root("server", 1 << 20), CAPACITY);

    private static InputEvent key(int i) { return new InputEvent.Press(i); }

    @Test
    void eventsComeInOrderAcrossManyTurnsOfTheRing() {
        InputReader reader = new InputReader(queue);
        List<InputEvent> got = new ArrayList<>(), sent = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 1 + round % CAPACITY; i++) {
                InputEvent e = key(sent.size());
                assertThat(queue.add(e)).isTrue();
                sent.add(e);
            }
            reader.drain(got::add);
        }
        assertThat(got).isEqualTo(sent);
        assertThat(queue.pending()).isFalse();
        assertThat(reader.drain()).isEmpty();
    }

    @Test
    void slotsAreFreeOnlyOnceTheClientSaysSoAfterItsHandler() {
        InputReader reader = new InputReader(queue);
        for (int i = 0; i < CAPACITY; i++) queue.add(key(i));
        List<Boolean> addedWhileHandling = new ArrayList<>();
        reader.drain(_ -> addedWhileHandling.add(queue.add(key(99))));
        assertThat(addedWhileHandling).as("the ring is full until the handler is done").containsOnly(false);
        assertThat(queue.pending()).isFalse();
        for (int i = 0; i < CAPACITY; i++) assertThat(queue.add(key(i))).isTrue();
        assertThat(queue.add(key(CAPACITY))).as("full again: the new event is dropped").isFalse();
        assertThat(reader.drain()).as("the old ones are kept").hasSize(CAPACITY).last().isEqualTo(key(CAPACITY - 1));
    }

    @Test
    void aForgedCountIsRefusedAndChangesNothing() {
        new InputReader(queue);
        queue.add(key(1));
        queue.add(key(2));
        for (int forged : new int[] {-1, 3, Integer.MAX_VALUE, Integer.MIN_VALUE})
            assertThatThrownBy(() -> queue.consumed(forged)).isInstanceOf(InvalidRequestException.class);
        queue.consumed(1);
        assertThatThrownBy(() -> queue.consumed(0)).as("behind what it said before").isInstanceOf(InvalidRequestException.class);
        assertThat(queue.pending()).isTrue();
        assertThat(new InputReader(queue).drain()).containsExactly(key(2));
    }

    @Test
    void aNewReaderBeginsAfterWhatTheLastOneConsumed() {
        InputReader first = new InputReader(queue);
        queue.add(key(1));
        assertThat(first.drain()).containsExactly(key(1));
        queue.add(key(2));
        assertThat(new InputReader(queue).drain()).as("the next layouter of the wm's shared queue").containsExactly(key(2));
    }
}
