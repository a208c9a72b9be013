package org.jenode.base.runtime;

import org.jenode.base.Service;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.Session;
import org.jenode.base.SessionRequest;
import org.jenode.base.Sessions;
import org.jenode.base.parent.Announcement;

/** The runtime's announcement token: which component serves which session type, and how. */
final class Announced<S extends Session> implements Announcement {

    private final Class<S> type;
    private final Service<S> factory;
    private final ComponentEnv server;

    Announced(Class<S> type, Service<S> factory, ComponentEnv server) {
        this.type = type;
        this.factory = factory;
        this.server = server;
    }

    /** The token behind {@code announcement}, refusing any the runtime did not issue. */
    static Announced<?> of(Announcement announcement) {
        if (announcement instanceof Announced<?> a) return a;
        throw new ServiceDeniedException("not an announcement of the runtime: " + announcement);
    }

    @Override public String service() { return Sessions.serviceName(type); }

    @Override public String server() { return server.label(); }

    /** Creates the session on the server's entrypoint (the caller waits there, never the parent). */
    @SuppressWarnings("unchecked")
    <R extends Session> R serve(SessionRequest<R> request) {
        if (type != request.type())
            throw new ServiceDeniedException(server.label() + " announced " + type.getName() + " under the name "
                    + request.service() + ", not " + request.type().getName());
        return server.serve((Service<R>) factory, request);
    }

    @Override public String toString() { return service() + " of " + server(); }
}
