package org.jenode.base;

/** A call with arguments the server rejects (unknown handle, malformed value, impossible mode). */
public final class InvalidRequestException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) { super(message); }
}
