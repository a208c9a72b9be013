package org.jenode.base;

/**
 * What a component's parent does for it: route its session requests and take its announcements.
 * Called on the child's thread; implementations synchronise themselves, because a request may wait
 * for a sibling that has not announced its service yet and must not block the parent's entrypoint.
 */
public interface Parent {

    /**
     * Routes a request whose label the child chose (the parent prefixes the child's name) and returns
     * the client's end of the session. The donation in the request is returned to its funder by the
     * caller if this throws.
     */
    <S extends Session> S session(SessionRequest<S> request);

    /** The program named {@code name}, as the parent's ROM of binaries provides it. */
    Binary binary(String name);

    /** The child ends itself with {@code code}; what follows is the parent's policy. */
    void exit(int code);

    /** Records that {@code server} provides {@code type} through {@code service}. */
    <S extends Session> void announce(Class<S> type, Service<S> service, ComponentEnv server);
}
