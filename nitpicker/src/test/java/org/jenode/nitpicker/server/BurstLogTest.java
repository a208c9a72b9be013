package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.event.Level;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/** One line starts a burst, one ends it, however long it lasts. */
class BurstLogTest {

    /** The lines a logger was asked to write. */
    private static final class Lines extends AbstractLogger {
        final List<String> lines = new ArrayList<>();

        @Override protected String getFullyQualifiedCallerName() { return null; }

        @Override protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
            lines.add(MessageFormatter.basicArrayFormat(pattern, args));
        }

        @Override public boolean isTraceEnabled() { return true; }
        @Override public boolean isTraceEnabled(Marker m) { return true; }
        @Override public boolean isDebugEnabled() { return true; }
        @Override public boolean isDebugEnabled(Marker m) { return true; }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public boolean isInfoEnabled(Marker m) { return true; }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public boolean isWarnEnabled(Marker m) { return true; }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public boolean isErrorEnabled(Marker m) { return true; }
    }

    @Test
    void aBurstIsOneLineAtItsStartAndOneWithTheCountAfterAQuietFrame() {
        Lines log = new Lines();
        BurstLog burst = new BurstLog(log, "evil");
        for (int frame = 0; frame < 100; frame++) {
            for (int i = 0; i < 1000; i++) burst.warn("unknown view " + i);
            burst.frame();
        }
        assertThat(log.lines).containsExactly("evil: unknown view 0 (further ones are counted until they stop)");
        burst.frame(); // a frame without any: the burst is over
        assertThat(log.lines).hasSize(2).last().isEqualTo("evil: 99999 more like it");
        burst.frame();
        burst.warn("unknown view 7");
        burst.frame();
        burst.frame();
        assertThat(log.lines).as("a new burst of one: no count").hasSize(3).last().asString().startsWith("evil: unknown view 7");
    }
}
