package org.jenode.decorator;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.jenode.base.testing.Await;
import org.slf4j.LoggerFactory;

/** The errors that components log while a test runs. */
final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    List<String> errors() {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> "[" + e.getLoggerName() + "] " + e.getFormattedMessage()).toList();
    }

    /** Waits for an error that contains every one of {@code parts}, and returns it. */
    String awaitError(String... parts) {
        return Await.answer("an error with " + String.join(", ", parts), () -> errors().stream()
                .filter(m -> java.util.Arrays.stream(parts).allMatch(m::contains)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    @Override public void close() { root.detachAppender(appender); }
}
