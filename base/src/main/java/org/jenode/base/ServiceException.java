package org.jenode.base;

/**
 * An expected failure of a session request or call. A server throws one of these to tell its client
 * "no"; it is delivered to the client and the server keeps running. Any other exception escaping a
 * server is a fault that stops the server.
 */
public abstract sealed class ServiceException extends RuntimeException
        permits QuotaExceededException, ServiceDeniedException, InvalidRequestException, SessionClosedException,
                DeadlockException {

    private static final long serialVersionUID = 1L;

    protected ServiceException(String message) { super(message); }

    protected ServiceException(String message, Throwable cause) { super(message, cause); }
}
