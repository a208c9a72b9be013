package org.jenode.base.runtime;

import org.jenode.base.InvalidRequestException;
import org.jenode.base.Labels;
import org.jenode.base.RamAccount;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.Sessions;

/**
 * What a session request costs the component that makes it, in a thread or in a process of its own: the
 * request checked (a type, a bounded label, arguments), then its donation split off the component's
 * account, named after the session, for the server to spend. A failed request closes it again.
 */
final class SessionDonation {

    private SessionDonation() { }

    static RamAccount split(RamAccount ram, String label, Class<? extends Session> type, String sessionLabel, SessionArgs args) {
        if (type == null || sessionLabel == null || args == null)
            throw new InvalidRequestException(label + ": a session request without type, label or arguments");
        Labels.requireBounded(sessionLabel, label);
        return ram.split(args.ramQuota(), Labels.prefixed(label, sessionLabel) + " (" + Sessions.serviceName(type) + ")");
    }
}
