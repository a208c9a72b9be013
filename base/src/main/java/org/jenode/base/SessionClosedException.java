package org.jenode.base;

/** A call on a session that was closed, or whose server stopped or faulted. */
public final class SessionClosedException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public SessionClosedException(String message) { super(message); }

    public SessionClosedException(String message, Throwable cause) { super(message, cause); }
}
