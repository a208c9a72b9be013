package org.jenode.base.report;

import java.nio.charset.StandardCharsets;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.xml.XmlNode;

/**
 * Writes XML reports through a report session opened on first use. A report larger than the buffer
 * reopens the session with a buffer that fits (the client pays for it).
 */
public final class Reporter implements AutoCloseable {

    private final Env env;
    private final String name;
    private int bufferSize;
    private ReportSession session;
    private String last;

    public Reporter(Env env, String name) { this(env, name, ReportSession.DEFAULT_BUFFER_SIZE); }

    public Reporter(Env env, String name, int bufferSize) {
        this.env = env;
        this.name = name;
        this.bufferSize = bufferSize;
    }

    /** Publishes {@code report} unless it equals the last one published. */
    public void report(XmlNode report) {
        String text = report.toXml();
        if (text.equals(last)) return;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (session == null || bytes.length > bufferSize) {
            close();
            bufferSize = Math.max(bufferSize, Integer.highestOneBit(Math.max(1, bytes.length)) << 1);
            session = env.session(ReportSession.class, name,
                    SessionArgs.ramQuota(8 * 1024L + bufferSize).with("buffer_size", bufferSize));
        }
        session.dataspace().bytes().put(bytes);
        session.submit(bytes.length);
        last = text;
    }

    @Override public void close() {
        if (session != null) session.close();
        session = null;
    }
}
