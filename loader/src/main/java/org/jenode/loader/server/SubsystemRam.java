package org.jenode.loader.server;

import org.jenode.base.QuotaExceededException;
import org.jenode.base.RamAccount;

/**
 * The subsystem's RAM. The client pays: the amount is charged to its donation. The account itself is
 * split off the loader's own RAM, which fronts the money, so that it outlives the session: when a
 * session closes, its donation returns to the client at once, while the subsystem is still being
 * stopped; memory that a server (nitpicker) still composes from must not vanish under it, so the
 * subsystem's account is closed only once the subsystem has ended and its sessions are closed.
 */
final class SubsystemRam {

    private final RamAccount donation;
    private final RamAccount account;
    private final long amount;

    private SubsystemRam(RamAccount donation, RamAccount account, long amount) {
        this.donation = donation;
        this.account = account;
        this.amount = amount;
    }

    /** {@code amount} for {@code owner}, charged to {@code donation} and fronted by {@code loader}. */
    static SubsystemRam front(RamAccount loader, RamAccount donation, long amount, String owner) {
        donation.charge(amount);
        try {
            return new SubsystemRam(donation, loader.split(amount, owner), amount);
        } catch (QuotaExceededException e) {
            donation.release(amount);
            throw new QuotaExceededException("the loader's own RAM, which fronts " + owner + " (give the loader a larger quantum)",
                    amount, e.available());
        }
    }

    RamAccount account() { return account; }

    long quota() { return account.closed() ? 0 : account.quota(); }

    long used() { return account.closed() ? 0 : account.used(); }

    /** The subsystem has ended: its RAM returns to the loader, the charge to the donation (if still open). */
    void close() {
        account.close();
        donation.release(amount);
    }
}
