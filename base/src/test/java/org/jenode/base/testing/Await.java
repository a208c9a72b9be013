package org.jenode.base.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jenode.base.core.Core;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;

/**
 * The one way tests wait: ask again until a condition holds or time is up, then fail with what was
 * awaited and the last answer seen. A fixed sleep is either too long or, on a busy machine, too short.
 *
 * <p>To show that something did <em>not</em> happen, make something happen after it that must be
 * seen (inject a second event, a later frame, a later report) and wait for that; once it arrived, the
 * first one would have arrived too.
 */
public final class Await {

    /** Long enough for a shared 2-core machine under load; a passing test never waits this long. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);
    private static final long INTERVAL_MS = 5;

    private Await() { }

    /** Waits until {@code condition} holds. */
    public static void until(String what, BooleanSupplier condition) { until(what, DEFAULT, condition); }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        answer(what, timeout, () -> condition.getAsBoolean(), Boolean::booleanValue);
    }

    /** Waits until {@code probe} answers something that {@code done} accepts, and returns it. */
    public static <T> T answer(String what, Callable<T> probe, Predicate<? super T> done) {
        return answer(what, DEFAULT, probe, done);
    }

    /**
     * Calls {@code probe} until {@code done} accepts its answer. A probe that throws is asked again; if
     * time runs out, the failure names {@code what}, the last answer and the last exception.
     */
    public static <T> T answer(String what, Duration timeout, Callable<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        Exception failure = null;
        while (true) {
            try {
                last = probe.call();
                if (done.test(last)) return last;
            } catch (Exception e) {
                failure = e;
            }
            if (System.nanoTime() - deadline > 0) {
                AssertionError error = new AssertionError("timed out after " + timeout + " waiting for " + what
                        + "; last answer: " + last);
                if (failure != null) error.initCause(failure);
                throw error;
            }
            pause();
        }
    }

    /** Waits until {@code probe} has a value, and returns it. */
    public static <T> T present(String what, Callable<Optional<T>> probe) {
        return answer(what, DEFAULT, probe, Optional::isPresent).orElseThrow();
    }

    /** Waits until the report submitted under {@code label} (e.g. {@code init -> nitpicker -> focus}) satisfies {@code until}. */
    public static XmlNode report(Core core, String label, Predicate<XmlNode> until) {
        return report(core, label, until, DEFAULT);
    }

    public static XmlNode report(Core core, String label, Predicate<XmlNode> until, Duration timeout) {
        return answer("report '" + label + "'", timeout,
                () -> core.report(label).map(text -> XmlParser.parse(text, "report " + label)).orElse(null),
                report -> report != null && until.test(report));
    }

    private static void pause() {
        try {
            Thread.sleep(INTERVAL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
