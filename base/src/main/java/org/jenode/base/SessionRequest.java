package org.jenode.base;

/**
 * A session request as it travels from the client through its parents to a server.
 *
 * @param type   the session interface
 * @param label  the label as the receiver sees it; each parent prefixes the name of its child
 * @param args   the client's arguments
 * @param quota  the client's donation; the server charges the session's memory to it
 * @param client the requesting component, for diagnostics
 */
public record SessionRequest<S extends Session>(Class<S> type, String label, SessionArgs args, RamAccount quota,
                                                 String client) {

    public String service() { return Sessions.serviceName(type); }

    /** The same request as the next parent up sees it, with {@code prefix} in front of the label. */
    public SessionRequest<S> labelled(String newLabel) {
        return new SessionRequest<>(type, newLabel, args, quota, client);
    }
}
