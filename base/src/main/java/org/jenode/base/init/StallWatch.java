package org.jenode.base.init;

import java.time.Duration;
import java.util.Collection;
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
    private Duration timeout = Duration.ZERO;
    private TimerSession timer;
    private boolean unavailable;

    /** {@code changed} hears of every tick that changed a verdict or may have ended a stopped child. */
    StallWatch(Env env, Supplier<Collection<Child>> children, Runnable changed) {
        this.env = env;
        this.children = children;
        this.changed = changed;
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
        for (Child c : children.get()) {
            if (c.state() != Child.State.RUNNING || c.handle().isEmpty()) continue;
            Duration busy = c.handle().get().busy();
            boolean stalled = !timeout.isZero() && busy.compareTo(timeout) >= 0;
            if (!c.stalled(stalled)) continue;
            if (stalled) env.log().warn("{} stalled: its entrypoint has been busy for {} ms", c.name(), busy.toMillis());
            else env.log().info("{} answers again", c.name());
        }
        changed.run();
    }
}
