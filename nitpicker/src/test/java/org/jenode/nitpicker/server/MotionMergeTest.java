package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** The merge window on a clock the test turns: what goes at once, what waits, what merges into what. */
class MotionMergeTest {

    private long now = 1_000_000_000L;
    private final List<InputEvent> handled = new ArrayList<>();
    private final List<Long> alarms = new ArrayList<>();
    private final MotionMerge merge = new MotionMerge(() -> now, handled::add, alarms::add);

    private static InputEvent at(int x, int y) { return new InputEvent.AbsoluteMotion(x, y); }

    private void advanceMicros(long us) { now += us * 1000; }

    @Test
    void theFirstMotionAfterAQuietWindowGoesAtOnceWithoutAnAlarm() {
        merge.offer(at(1, 1));
        assertThat(handled).containsExactly(at(1, 1));
        assertThat(alarms).isEmpty();
        advanceMicros(MotionMerge.WINDOW_US);
        merge.offer(at(2, 2));
        assertThat(handled).containsExactly(at(1, 1), at(2, 2));
        assertThat(alarms).isEmpty();
    }

    @Test
    void motionWithinTheWindowMergesIntoTheLatestPositionWhenTheWindowEnds() {
        merge.offer(at(1, 1));
        advanceMicros(3_000);
        merge.offer(at(2, 2));
        merge.offer(at(3, 3));
        merge.offer(at(4, 4));
        assertThat(handled).containsExactly(at(1, 1));
        assertThat(alarms).containsExactly(7_000L);
        advanceMicros(7_000);
        merge.windowEnded();
        assertThat(handled).containsExactly(at(1, 1), at(4, 4));
    }

    @Test
    void relativeMovesSumAndFollowTheLatestAbsolutePosition() {
        merge.offer(new InputEvent.RelativeMotion(1, 1));
        merge.offer(new InputEvent.RelativeMotion(5, -2));
        merge.offer(at(50, 50)); // a new position: what moved before it no longer matters
        merge.offer(new InputEvent.RelativeMotion(2, 3));
        merge.offer(new InputEvent.RelativeMotion(-1, 4));
        advanceMicros(MotionMerge.WINDOW_US);
        merge.windowEnded();
        assertThat(handled).containsExactly(new InputEvent.RelativeMotion(1, 1), at(50, 50), new InputEvent.RelativeMotion(1, 7));
    }

    @Test
    void anotherEventIsNeverMergedAndLetsHeldMotionThroughFirst() {
        InputEvent press = new InputEvent.Press(Keycodes.BTN_LEFT), release = new InputEvent.Release(Keycodes.BTN_LEFT);
        merge.offer(at(1, 1));
        merge.offer(at(2, 2));
        merge.offer(press);
        merge.offer(press);
        merge.offer(at(3, 3));
        merge.offer(release);
        assertThat(handled).containsExactly(at(1, 1), at(2, 2), press, press, at(3, 3), release);
        advanceMicros(MotionMerge.WINDOW_US);
        merge.windowEnded(); // the alarm of motion that went with the key: nothing more
        assertThat(handled).hasSize(6);
    }

    @Test
    void mergedMotionOpensTheNextWindowSoAMovingPointerIsHandledAtMostEveryWindow() {
        merge.offer(at(1, 1));
        advanceMicros(MotionMerge.WINDOW_US / 2);
        merge.offer(at(2, 2));
        advanceMicros(MotionMerge.WINDOW_US / 2);
        merge.windowEnded();
        advanceMicros(1_000);
        merge.offer(at(3, 3));
        assertThat(handled).containsExactly(at(1, 1), at(2, 2));
        assertThat(alarms).containsExactly(MotionMerge.WINDOW_US / 2, MotionMerge.WINDOW_US - 1_000);
    }

    @Test
    void anAlarmThatRingsEarlyIsSetAgainForTheRest() {
        merge.offer(at(1, 1));
        merge.offer(at(2, 2));
        advanceMicros(4_000);
        merge.windowEnded();
        assertThat(handled).containsExactly(at(1, 1));
        assertThat(alarms).containsExactly(MotionMerge.WINDOW_US, MotionMerge.WINDOW_US - 4_000);
    }
}
