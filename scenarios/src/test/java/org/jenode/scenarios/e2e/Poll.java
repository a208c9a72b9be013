package org.jenode.scenarios.e2e;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Asks again until the answer is the expected one or time is up: a desktop in another process on a
 * busy machine takes its time, and a fixed sleep is either too long or, sometimes, too short.
 */
final class Poll {

    private static final long INTERVAL_MS = 100;

    private Poll() { }

    /**
     * Calls {@code probe} until {@code done} accepts its answer or {@code timeout} has passed, and returns
     * the last answer either way, for the caller to assert on. A probe that throws is asked again; if it
     * never answered at all, its last exception is thrown.
     */
    static <T> T until(Duration timeout, Callable<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        boolean answered = false;
        Exception failure = null;
        while (true) {
            try {
                last = probe.call();
                answered = true;
                if (done.test(last)) return last;
            } catch (Exception e) {
                failure = e;
            }
            if (System.nanoTime() - deadline > 0) break;
            Thread.sleep(INTERVAL_MS);
        }
        if (!answered) throw failure;
        return last;
    }
}
