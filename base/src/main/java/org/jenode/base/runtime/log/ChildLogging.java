package org.jenode.base.runtime.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A child's log crossing to its parent as lines of its output: {@code jenode-log TAB level TAB logger
 * TAB text}, the text with its line breaks escaped, so that one event is one line however many lines its
 * stack trace has. The parent logs each under the child's label, whatever logger name the child used
 * (which is kept in the text when it differs), so a child cannot write into another component's log.
 */
public final class ChildLogging {

    /** The system property by which SLF4J is told to use {@link Provider} in the child. */
    public static final String PROVIDER_PROPERTY = "slf4j.provider";
    /** The level below which the child does not log ({@code -Djenode.log}, as the command's logback config). */
    public static final String LEVEL_PROPERTY = "jenode.log";

    private static final String PREFIX = "jenode-log\t";

    private ChildLogging() { }

    /** Logs {@code line} to {@code log} if it is a log line of the child; false for any other output. */
    public static boolean relay(String line, Logger log) {
        if (!line.startsWith(PREFIX)) return false;
        String[] parts = line.substring(PREFIX.length()).split("\t", 3);
        if (parts.length != 3) return false;
        String text = unescape(parts[2]);
        String message = parts[1].equals(log.getName()) ? text : "(" + parts[1] + ") " + text;
        switch (parts[0]) {
            case "ERROR" -> log.error("{}", message);
            case "WARN" -> log.warn("{}", message);
            case "INFO" -> log.info("{}", message);
            case "DEBUG" -> log.debug("{}", message);
            case "TRACE" -> log.trace("{}", message);
            default -> { return false; }
        }
        return true;
    }

    static String line(Level level, String logger, String text) {
        return PREFIX + level + "\t" + logger.replace('\t', ' ') + "\t" + escape(text);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(switch (next) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> next;
            });
        }
        return out.toString();
    }

    /** SLF4J's provider in the child (chosen with {@code -Dslf4j.provider}, never found by the service loader). */
    public static final class Provider implements SLF4JServiceProvider {

        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
        private final Level threshold = Level.valueOf(System.getProperty(LEVEL_PROPERTY, "INFO").toUpperCase());
        private final IMarkerFactory markers = new BasicMarkerFactory();
        private final MDCAdapter mdc = new NOPMDCAdapter();
        private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, n -> new LineLogger(n, threshold));

        /** For SLF4J, which makes it by reflection. */
        public Provider() { }

        @Override public ILoggerFactory getLoggerFactory() { return factory; }

        @Override public IMarkerFactory getMarkerFactory() { return markers; }

        @Override public MDCAdapter getMDCAdapter() { return mdc; }

        @Override public String getRequestedApiVersion() { return "2.0.99"; }

        @Override public void initialize() { }
    }

    /** A logger that prints each event as one line of the process's error output. */
    private static final class LineLogger extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;
        private final transient Level threshold;

        LineLogger(String name, Level threshold) {
            this.name = name;
            this.threshold = threshold;
        }

        private boolean enabled(Level level) { return level.toInt() >= threshold.toInt(); }

        @Override public boolean isTraceEnabled() { return enabled(Level.TRACE); }

        @Override public boolean isDebugEnabled() { return enabled(Level.DEBUG); }

        @Override public boolean isInfoEnabled() { return enabled(Level.INFO); }

        @Override public boolean isWarnEnabled() { return enabled(Level.WARN); }

        @Override public boolean isErrorEnabled() { return enabled(Level.ERROR); }

        @Override protected String getFullyQualifiedCallerName() { return null; }

        @Override protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                             Throwable thrown) {
            String text = MessageFormatter.basicArrayFormat(pattern, args);
            if (thrown != null) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                text = text + "\n" + trace.toString().stripTrailing();
            }
            System.err.println(line(level, name, text));
        }
    }
}
