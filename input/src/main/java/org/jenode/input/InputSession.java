package org.jenode.input;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;

/**
 * A stream of input events, as a ring in {@link #dataspace()} that the server writes as events come and
 * signals; the client reads what was written without a call and tells the server with {@link #consumed}
 * which slots it may write again. Layout (ints, native order): {@link #WRITTEN} the position after the
 * last event written, {@link #CONSUMED} the position up to which the client said it consumed, then from
 * {@link #HEADER_INTS} the slots, each as {@link EventCodec} lays it out. Positions count events modulo
 * twice the capacity (so that a full ring and an empty one differ); the event at position {@code p} is in
 * slot {@code p % capacity}. The server publishes a position only after the slots it covers. An
 * {@link InputReader} does all of this.
 */
@ServiceName(value = "Input", ramQuota = 16 * 1024)
public interface InputSession extends Session {

    /** Where the header's counts are, and how many ints it takes before the first slot. */
    int WRITTEN = 0, CONSUMED = 1, HEADER_INTS = 4;

    /** The ring, read-only. */
    Dataspace dataspace();

    /** Whether events were written that the client has not said it consumed. */
    boolean pending();

    /**
     * The client has read and handled every event before position {@code position}: their slots are free
     * again. A position off the ring, behind the last one told or beyond what was written is refused
     * ({@code InvalidRequestException}).
     */
    void consumed(int position);

    void sigh(SignalHandler handler);
}
