package org.jenode.base;

/**
 * A session request as it travels from the client through its parents to a server.
 *
 * @param type   the session interface
 * @param label  the label as the current receiver sees it: the child's own label when its parent gets
 *               the request, the routed label (prefixed by the parents, or rewritten by a route) when
 *               the server gets it
 * @param args   the client's arguments
 * @param quota  the client's donation; the server charges the session's memory to it
 * @param client the requesting component, for diagnostics
 */
public record SessionRequest<S extends Session>(Class<S> type, String label, SessionArgs args, RamAccount quota,
                                                 String client) {

    public String service() { return Sessions.serviceName(type); }

    /** The same request under {@code newLabel}, as the next receiver (a parent or the server) sees it. */
    public SessionRequest<S> labelled(String newLabel) {
        return new SessionRequest<>(type, newLabel, args, quota, client);
    }
}
