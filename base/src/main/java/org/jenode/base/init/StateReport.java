package org.jenode.base.init;

import java.util.Optional;
import java.util.function.Supplier;
import org.jenode.base.Env;
import org.jenode.base.report.Reporter;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;

/**
 * init's {@code state} report ({@code <report delay_ms>}): produced on init's entrypoint after every
 * change, several changes coalescing into one report, and every {@code delay_ms} so that RAM use that
 * changed without an event is seen too.
 */
final class StateReport implements AutoCloseable {

    private final Env env;
    private final Supplier<XmlNode> state;
    private Reporter reporter;
    private TimerSession timer;
    private boolean pending;

    StateReport(Env env, Supplier<XmlNode> state) {
        this.env = env;
        this.state = state;
    }

    /** Reports with {@code delayMs} between periodic reports (0: only on changes), or not at all. */
    void configure(Optional<Long> delayMs) {
        if (delayMs.isEmpty()) {
            close();
            return;
        }
        if (reporter == null) reporter = new Reporter(env, "state");
        long delay = delayMs.get();
        if (delay > 0 && timer == null) {
            timer = env.session(TimerSession.class, "state report");
            timer.sigh(env.ep().handler(this::changed));
        }
        if (timer != null) timer.triggerPeriodic(delay * 1000);
    }

    /** Something changed: a report follows once the entrypoint is through with the current work. */
    void changed() {
        if (pending) return;
        pending = true;
        env.ep().post(this::report);
    }

    private void report() {
        pending = false;
        if (reporter != null) reporter.report(state.get());
    }

    @Override public void close() {
        if (reporter != null) reporter.close();
        reporter = null;
        if (timer != null) timer.close();
        timer = null;
    }
}
