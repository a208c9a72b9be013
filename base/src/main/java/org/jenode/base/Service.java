package org.jenode.base;

/**
 * The server side of a service (Genode's root): creates a session for a routed request. Runs on the
 * server's entrypoint. Everything it allocates for the session is charged to {@link SessionRequest#quota()}.
 */
@FunctionalInterface
public interface Service<S extends Session> {

    S create(SessionRequest<S> request);
}
