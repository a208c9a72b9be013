package org.jenode.base.init;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jenode.base.Env;
import org.jenode.base.ServiceException;
import org.jenode.base.timer.TimerSession;

/**
 * Looks at the children's entrypoints four times per {@code stall_timeout_ms}: a child whose current
 * work item has run that long is stalled (a component that stops answering), until it answers again.
 */
final class StallWatch {

    private final Env env;
    private final Supplier<Collection<Child>> children;
    private final Runnable changed;
    private final BiConsumer<Child, Duration> onStall;
    private Duration timeout = Duration.ZERO;
    private TimerSession timer;
    private boolean unavailable;

    /**
     * {@code changed} hears of every tick that changed a verdict or may have ended a stopped child,
     * {@code onStall} of each child that has just stalled.
     */
    StallWatch(Env env, Supplier<Collection<Child>> children, Runnable changed, BiConsumer<Child, Duration> onStall) {
        this.env = env;
        this.children = children;
        this.changed = changed;
        this.onStall = onStall;
    }

    void configure(Duration stallTimeout) {
        timeout = stallTimeout;
        if (timeout.isZero() || unavailable) {
            if (timer != null) timer.triggerPeriodic(0);
            return;
        }
        if (timer == null) {
            try {
                timer = env.session(TimerSession.class, "stall watch");
            } catch (ServiceException e) {
                env.log().warn("no Timer, so stalled children are not detected: {}", e.getMessage());
                unavailable = true;
                return;
            }
            timer.sigh(env.ep().handler(this::look));
        }
        timer.triggerPeriodic(Math.max(TimerSession.MIN_PERIOD_US, timeout.toNanos() / 1000 / 4));
    }

    private void look() {
        for (Child c : List.copyOf(children.get())) {
            if (c.state() != Child.State.RUNNING || c.handle().isEmpty()) continue;
            Duration busy = c.handle().get().busy();
            boolean stalled = !timeout.isZero() && busy.compareTo(timeout) >= 0;
            if (!c.stalled(stalled)) continue;
            if (stalled) {
                env.log().warn("{} stalled: its entrypoint has been busy for {} ms", c.name(), busy.toMillis());
                onStall.accept(c, busy);
            } else {
                env.log().info("{} answers again", c.name());
            }
        }
        changed.run();
    }
}
