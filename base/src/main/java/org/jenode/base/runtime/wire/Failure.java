package org.jenode.base.runtime.wire;

import org.jenode.base.DeadlockException;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.ServiceException;
import org.jenode.base.SessionClosedException;

/**
 * A {@link ServiceException} as it crosses the wire: the expected failures of a request or call, and
 * nothing else (any other failure of the serving side reaches the caller as {@link Closed}, as it does
 * in-process).
 */
public sealed interface Failure {

    record Quota(String account, long requested, long available) implements Failure { }

    record Denied(String message) implements Failure { }

    record Invalid(String message) implements Failure { }

    record Closed(String message) implements Failure { }

    record Deadlock(String caller, String callee) implements Failure { }

    static Failure of(ServiceException e) {
        return switch (e) {
            case QuotaExceededException q -> new Quota(q.account(), q.requested(), q.available());
            case ServiceDeniedException d -> new Denied(d.getMessage());
            case InvalidRequestException i -> new Invalid(i.getMessage());
            case SessionClosedException c -> new Closed(c.getMessage());
            case DeadlockException d -> new Deadlock(d.caller(), d.callee());
        };
    }

    /** The exception to throw on this side. */
    default ServiceException exception() {
        return switch (this) {
            case Quota(String account, long requested, long available) -> new QuotaExceededException(account, requested, available);
            case Denied(String message) -> new ServiceDeniedException(message);
            case Invalid(String message) -> new InvalidRequestException(message);
            case Closed(String message) -> new SessionClosedException(message);
            case Deadlock(String caller, String callee) -> new DeadlockException(caller, callee);
        };
    }
}
