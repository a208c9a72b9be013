package org.jenode.base;

/** A session request that no route, server or policy admits. */
public final class ServiceDeniedException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public ServiceDeniedException(String message) { super(message); }
}
