package org.jenode.wm;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jenode.base.testing.Await;
import org.slf4j.LoggerFactory;

/** The log lines of a test, so that it can wait for the wm to have said something (when that is all it does). */
final class LogWatch implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    LogWatch() {
        appender.start();
        root.addAppender(appender);
    }

    long count(String fragment) {
        synchronized (appender.list) {
            return appender.list.stream().filter(e -> e.getFormattedMessage().contains(fragment)).count();
        }
    }

    /** Waits until {@code fragment} has been logged {@code times} times. */
    void await(String fragment, long times) {
        Await.until(times + " x '" + fragment + "' in the log", () -> count(fragment) >= times);
    }

    @Override public void close() { root.detachAppender(appender); }
}
