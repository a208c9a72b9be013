package org.jenode.base.runtime;

import org.jenode.base.InvalidRequestException;
import org.jenode.base.Labels;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.Sessions;

/**
 * A session request of a component, in a thread or in a process of its own, checked (a type, a bounded
 * label, arguments) before its donation is taken from the component's account under the name this gives:
 * the session's label and service.
 */
final class SessionDonation {

    private SessionDonation() { }

    static String name(String label, Class<? extends Session> type, String sessionLabel, SessionArgs args) {
        if (type == null || sessionLabel == null || args == null)
            throw new InvalidRequestException(label + ": a session request without type, label or arguments");
        Labels.requireBounded(sessionLabel, label);
        return Labels.prefixed(label, sessionLabel) + " (" + Sessions.serviceName(type) + ")";
    }
}
