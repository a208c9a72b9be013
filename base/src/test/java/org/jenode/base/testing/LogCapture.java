package org.jenode.base.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What components log while a test runs, to wait for a line (through {@link Await}) or to check that
 * nothing was warned about. Close it at the end of the test.
 */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Every line so far as {@code LEVEL [logger] message}. */
    public List<String> lines() {
        synchronized (appender) {
            return appender.list.stream().map(e -> e.getLevel() + " [" + e.getLoggerName() + "] " + e.getFormattedMessage()).toList();
        }
    }

    /** The lines at {@code level} or above. */
    public List<String> atLeast(Level level) {
        synchronized (appender) {
            return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(level))
                    .map(e -> e.getLevel() + " [" + e.getLoggerName() + "] " + e.getFormattedMessage()).toList();
        }
    }

    /** Waits until a line contains {@code text}, and returns it. */
    public String await(String text) {
        return Await.answer("a log line containing '" + text + "'",
                () -> lines().stream().filter(l -> l.contains(text)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    @Override public void close() { root.detachAppender(appender); }
}
