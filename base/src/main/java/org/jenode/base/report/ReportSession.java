package org.jenode.base.report;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;

/**
 * Publishes a report. The client writes into {@link #dataspace()} (whose size it chose with the session
 * argument {@code buffer_size} and paid for) and calls {@link #submit}.
 */
@ServiceName(value = "Report", ramQuota = 8 * 1024)
public interface ReportSession extends Session {

    int DEFAULT_BUFFER_SIZE = 4096;

    Dataspace dataspace();

    /** Publishes the first {@code length} bytes of the buffer. */
    void submit(int length);
}
