package org.jenode.base.parent;

import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.Sessions;

/**
 * A child's session request as its parent sees it.
 *
 * @param type  the session interface
 * @param label the label the child chose, without the child's name
 * @param args  the child's session arguments
 */
public record RouteRequest(Class<? extends Session> type, String label, SessionArgs args) {

    public String service() { return Sessions.serviceName(type); }
}
