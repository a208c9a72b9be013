package org.jenode.nitpicker.server;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** What nitpicker logs while a test runs, read back as the lines it wrote. */
final class LogLines implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    LogLines() {
        appender.start();
        root.addAppender(appender);
    }

    /** Nitpicker's lines that contain {@code fragment}. */
    List<String> nitpicker(String fragment) {
        synchronized (appender.list) {
            return appender.list.stream().filter(e -> e.getLoggerName().endsWith("nitpicker"))
                    .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(fragment)).toList();
        }
    }

    /** How many characters nitpicker logged in all. */
    long nitpickerChars() { return nitpicker("").stream().mapToLong(String::length).sum(); }

    @Override public void close() { root.detachAppender(appender); }
}
