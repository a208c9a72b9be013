package org.jenode.base.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * What components log while a test runs, to wait for a line or for its n-th time (through {@link Await}),
 * to read one logger's messages, or to check that nothing was warned about. Close it at the end of the test.
 *
 * <p>Its API speaks only of strings, so that a test in a named module needs no access to logback: this
 * class (in base's test-jar, on the class path) is the one place that knows the binding. A line reads
 * {@code LEVEL [logger] message}, e.g. {@code WARN [init -> nitpicker] unknown domain 'x'}.
 */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** The lines at WARN or ERROR. */
    public List<String> warnings() { return lines(e -> e.getLevel().isGreaterOrEqual(Level.WARN)); }

    /** The lines at ERROR. */
    public List<String> errors() { return lines(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)); }

    /** The messages (without level and logger) that the logger named exactly {@code logger} logged, e.g. {@code init -> layouter}. */
    public List<String> messagesOf(String logger) {
        synchronized (appender) { // the appender adds under its own monitor
            return appender.list.stream().filter(e -> e.getLoggerName().equals(logger)).map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** Waits until a line contains {@code text}, and returns the first such line. */
    public String await(String text) {
        return Await.present("a log line containing '" + text + "'", () -> lines(_ -> true).stream().filter(l -> l.contains(text)).findFirst());
    }

    /** Waits until {@code times} lines contain {@code text}: the n-th time something was refused, for instance. */
    public void await(String text, long times) {
        Await.until(times + " log lines containing '" + text + "'",
                () -> lines(_ -> true).stream().filter(l -> l.contains(text)).count() >= times);
    }

    /** Waits for an error that contains every one of {@code parts}, and returns it. */
    public String awaitError(String... parts) {
        return Await.present("an error containing " + String.join(", ", parts),
                () -> errors().stream().filter(l -> Arrays.stream(parts).allMatch(l::contains)).findFirst());
    }

    @Override public void close() { root.detachAppender(appender); }

    private List<String> lines(Predicate<ILoggingEvent> which) {
        synchronized (appender) {
            return appender.list.stream().filter(which)
                    .map(e -> e.getLevel() + " [" + e.getLoggerName() + "] " + e.getFormattedMessage()).toList();
        }
    }
}
