package org.jenode.base.runtime;

import java.util.function.Predicate;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.Labels;
import org.jenode.base.RamAccount;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.Sessions;

/**
 * A session request of a component, in a thread or in a process of its own, checked (a type, a bounded
 * label, arguments, an account it may pay from) before its donation is taken from that account under the
 * name this gives: the session's label and service.
 */
final class SessionDonation {

    private SessionDonation() { }

    static String name(String label, Class<? extends Session> type, String sessionLabel, SessionArgs args) {
        if (type == null || sessionLabel == null || args == null)
            throw new InvalidRequestException(label + ": a session request without type, label or arguments");
        Labels.requireBounded(sessionLabel, label);
        return Labels.prefixed(label, sessionLabel) + " (" + Sessions.serviceName(type) + ")";
    }

    /**
     * {@code payer}, if it is the component's own RAM or the donation of a session it serves now: the only
     * accounts the runtime gave it. Anything else (another component's account, a split it made itself,
     * the donation of a session that ended) could spend memory that is not the component's to spend.
     */
    static RamAccount payer(String label, RamAccount payer, RamAccount own, Predicate<RamAccount> servedNow) {
        if (payer == null) throw new InvalidRequestException(label + ": a session request without an account to pay from");
        if (payer == own || servedNow.test(payer)) return payer;
        throw new InvalidRequestException(label + ": account '" + payer.owner()
                + "' cannot pay: neither its own RAM nor the donation of a session it serves");
    }

    /** An upgrade's amount: never negative, which would move quota back from a server's donation. */
    static long upgrade(String label, long ramQuota) {
        if (ramQuota < 0) throw new InvalidRequestException(label + ": a negative upgrade of " + ramQuota + " bytes");
        return ramQuota;
    }
}
