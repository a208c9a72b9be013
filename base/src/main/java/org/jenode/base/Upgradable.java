package org.jenode.base;

/**
 * A served session that hears of its client's upgrades (Genode's {@code Root::upgrade}): once the client
 * has added {@code ramQuota} to the session's donation ({@link Env#upgrade}), the runtime calls this on
 * the server's entrypoint while the client waits. A server that passes a session's cost on to a server of
 * its own (the wm's real GUI session, opened with the donation as payer) passes the upgrade on here, as
 * Genode's wm did. Only the runtime calls it: a client holds the session interface, which lacks it.
 */
public interface Upgradable {

    void upgraded(long ramQuota);
}
