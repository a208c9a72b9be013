package org.jenode.base;

/**
 * A server that passes each Echo session on to a server of its own ({@code real}), paid from the client's
 * donation, and its client's upgrades with it, as the wm does with nitpicker. Before it does, it tries
 * the payers a component must not pay from; each must be refused, or it denies the session with what went
 * wrong, so that a test that opens a session through it has checked them, in a thread or in a process.
 */
final class Forwarder implements Component {

    /** What the real session gets of a client's donation; the rest stays for the upgrades' checks. */
    static final int REAL_QUOTA = 64 * 1024;

    private final Env env;
    /** The donation of the last session served, which stops paying once that session ends. */
    private RamAccount last;

    Forwarder(Env env) {
        this.env = env;
        env.announce(EchoSession.class, this::create);
    }

    private EchoSession create(SessionRequest<EchoSession> request) {
        RamAccount donation = request.quota();
        refused("no payer", InvalidRequestException.class, () -> open(null, 4096));
        refused("a forged account", InvalidRequestException.class, () -> open(RamAccount.root("forged", 1 << 30), 4096));
        RamAccount split = env.ram().split(4096, "its own split");
        refused("an account it split off itself", InvalidRequestException.class, () -> open(split, 4096));
        split.close();
        refused("a closed account", InvalidRequestException.class, () -> open(split, 0));
        if (last != null) refused("the donation of a session that ended", InvalidRequestException.class, () -> open(last, 4096));
        long avail = donation.avail();
        refused("more than the donation holds", QuotaExceededException.class, () -> open(donation, Long.MAX_VALUE));
        if (donation.avail() != avail) throw new ServiceDeniedException("a refused session kept " + (avail - donation.avail()) + " bytes");
        EchoSession real = open(donation, REAL_QUOTA);
        refused("a negative upgrade", InvalidRequestException.class, () -> env.upgrade(real, -4096));
        refused("an upgrade of more than the donation holds", QuotaExceededException.class, () -> env.upgrade(real, Long.MAX_VALUE));
        last = donation;
        return new Forwarded(real);
    }

    private EchoSession open(RamAccount payer, long quota) {
        return env.session(EchoSession.class, "real", SessionArgs.ramQuota(quota), payer);
    }

    private static void refused(String what, Class<? extends ServiceException> expected, Runnable attempt) {
        try {
            attempt.run();
        } catch (ServiceException e) {
            if (expected.isInstance(e)) return;
            throw new ServiceDeniedException(what + " failed with " + e + ", not " + expected.getSimpleName());
        }
        throw new ServiceDeniedException(what + " was not refused");
    }

    /** The client's session: the real one's calls, and its upgrades passed on. */
    private final class Forwarded implements EchoSession, Upgradable {
        private final EchoSession real;

        Forwarded(EchoSession real) { this.real = real; }

        @Override public String label() { return real.label(); }

        @Override public void allocate(int bytes) { real.allocate(bytes); }

        @Override public String relay(EchoSession other) { return real.relay(other); }

        @Override public void upgraded(long ramQuota) { env.upgrade(real, ramQuota); }

        @Override public void close() { real.close(); }
    }
}
