package org.jenode.base.log;

import org.jenode.base.ServiceName;
import org.jenode.base.Session;

/**
 * Genode's LOG session: a component hands its log lines to a server, which shows them prefixed with the
 * session label (which the client cannot forge). A line is bounded like Genode's
 * {@code Rpc_in_buffer<256>}; a longer one, or {@code null}, is an invalid request.
 */
@ServiceName(value = "LOG", ramQuota = 8 * 1024)
public interface LogSession extends Session {

    /** The longest string one {@link #write} carries, in chars. */
    int MAX_LINE = 256;

    /**
     * Logs {@code text}: one line, or several separated by {@code '\n'}.
     *
     * @return the number of chars written
     */
    int write(String text);
}
