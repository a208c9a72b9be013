package org.jenode.base.runtime;

import java.util.Optional;
import org.jenode.base.Binary;
import org.jenode.base.Service;
import org.jenode.base.Session;
import org.jenode.base.SessionRequest;

/**
 * What a component's env asks of its parent: route its session requests, take its announcements, hear
 * of its exit, and look up binaries (for a component that is a parent itself). Called on the child's
 * thread; an implementation hands the work to the parent's entrypoint and never lets the parent wait
 * for the child.
 */
interface ParentPort {

    /**
     * Routes a request whose label the child chose and returns the client's end of the session. The
     * caller returns the donation in the request to its funder if this throws.
     */
    <S extends Session> S session(SessionRequest<S> request);

    /** The program named {@code name}, as the root's binaries provide it. */
    Optional<Binary> binary(String name);

    /** The child ends itself with {@code code}; what follows is the parent's policy. */
    void exit(int code);

    /** Records that {@code server} provides {@code type} through {@code service}. */
    <S extends Session> void announce(Class<S> type, Service<S> service, ComponentEnv server);
}
