package org.jenode.wm;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jenode.base.Entrypoint;
import org.jenode.base.timer.TimerSession;

/** Deadlines for close requests: when one passes, the window's client had its chance. */
final class CloseTimer {

    private final TimerSession timer;
    private final IntConsumer expired;
    private final Map<Integer, Long> deadlines = new HashMap<>();
    private Duration timeout;

    CloseTimer(TimerSession timer, Duration timeout, IntConsumer expired, Entrypoint ep) {
        this.timer = timer;
        this.timeout = timeout;
        this.expired = expired;
        timer.sigh(ep.handler(this::tick));
    }

    void timeout(Duration t) { timeout = t; }

    /** Window {@code id} was asked to close now. */
    void start(int id) {
        deadlines.putIfAbsent(id, timer.elapsedMs() + timeout.toMillis());
        arm();
    }

    private void tick() {
        long now = timer.elapsedMs();
        for (Integer id : List.copyOf(deadlines.keySet())) {
            if (deadlines.get(id) <= now) {
                deadlines.remove(id);
                expired.accept(id);
            }
        }
        arm();
    }

    private void arm() {
        deadlines.values().stream().mapToLong(Long::longValue).min().ifPresent(next ->
                timer.triggerOnce(Math.max(1, next - timer.elapsedMs()) * 1000));
    }
}
