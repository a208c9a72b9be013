package org.jenode.base;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How one thread waits for another's hand-off: it may spin for a moment, then parks until the other side
 * unparks it. The waiter announces that it parks in its {@link Parked} flag before its last look at
 * {@code ready}, and the other side publishes its hand-off before it reads the flag (both volatile), so
 * one of the two always sees the other: no wake-up is lost, and an unpark that finds nobody parked is
 * harmless.
 *
 * <p>A spin pays only while the other side is busy with this one: an idle thread takes tens of
 * microseconds to run again (on this project's machines about as long as a whole park/unpark round trip),
 * so spinning for its answer only holds a core. So each waiter is told whether its peer is awake (the side
 * that handed over saw whether the other was parked, and a peer parked in a busy exchange counts as awake,
 * see {@link #wake}) and spins only then. That alone would let two sides that have both
 * parked once park forever, so a waiter whose peer is parked still spins long enough to see it wake, once
 * every {@value #TRIAL_EVERY} waits: if the peer then answers within it, both are awake again and stay so.
 * And on a machine with more runnable threads than cores, an awake peer may not get a core for a while
 * ({@code ./jenode bench runtime}: a fixed 20 us spin five times slower than none there), so after a spin that
 * caught nothing the waiter parks without spinning for a while: one wait after a first miss, twice as many
 * after each further miss in a row, at most {@value #MAX_SKIP}. A peer that lost its core once (another
 * process took it) so costs one slow wait, not a hundred; one that keeps losing it costs a spin in
 * {@value #MAX_SKIP} waits. (A skip of 100 waits after every miss, with a parked waiter counted as idle,
 * made one miss in a thousand leave both sides parking for each other until a trial: a session call
 * averaged 3-5 us against a 0.5-0.7 us hand-off, and 0.55-2.3 us since, as the JVM's threads land on the
 * host's cores; bench/README.md.)
 */
final class BriefSpin {

    /**
     * Long enough to catch an answer from a side already running on another core, the turn-around of a
     * caller that calls again included (a session call's checks and hand-off take a few microseconds).
     */
    static final long SPIN_NANOS = 20_000;
    /** Long enough to see a parked peer wake up and answer. */
    static final long TRIAL_NANOS = 60_000;
    static final int MAX_SKIP = 128;
    static final int TRIAL_EVERY = 64;

    /** One waiting thread's flag (raised while parked) and its spin history; the other side only reads the flag. */
    static final class Parked {
        private volatile boolean parked;
        /** Whether the thread parked in a busy exchange, not for an idle peer (written before {@link #parked}). */
        private volatile boolean busy;
        /**
         * Waits left that park without spinning, how many waits the last miss made skip, and waits since the
         * last trial; touched by the waiting thread only.
         */
        private int skipSpins, skipped, sinceTrial;

        boolean parked() { return parked; }
    }

    private BriefSpin() { }

    /**
     * Waits on the current thread, the owner of {@code flag}, until {@code ready} is true; {@code peerAwake}
     * says whether the side that makes it true was awake when this thread last handed over to it. Returns
     * false, with the thread's interrupt status set again, if the thread was interrupted before that.
     */
    static boolean await(BooleanSupplier ready, Parked flag, boolean peerAwake) {
        if (ready.getAsBoolean()) return true;
        Spin spin = spin(ready, flag, peerAwake);
        if (spin == Spin.CAUGHT) return true;
        flag.busy = spin != Spin.IDLE;
        flag.parked = true;
        try {
            while (!ready.getAsBoolean()) {
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                LockSupport.park(flag);
            }
            return true;
        } finally {
            flag.parked = false;
        }
    }

    /**
     * How a wait's spin went: it caught the hand-off; or it missed an awake peer's, or did not spin
     * because such misses came lately (the exchange is busy but slow); or it did not, or in vain, because the
     * peer is idle.
     */
    private enum Spin { CAUGHT, MISSED, BACKED_OFF, IDLE }

    /** Spins as the flag's history and the peer's state say. */
    private static Spin spin(BooleanSupplier ready, Parked flag, boolean peerAwake) {
        if (++flag.sinceTrial >= TRIAL_EVERY) {
            flag.sinceTrial = 0;
            if (!spinFor(ready, TRIAL_NANOS)) return Spin.IDLE;
            flag.skipSpins = flag.skipped = 0; // spinning pays again
            return Spin.CAUGHT;
        }
        if (flag.skipSpins > 0) {
            flag.skipSpins--;
            return Spin.BACKED_OFF;
        }
        if (!peerAwake) return Spin.IDLE;
        if (spinFor(ready, SPIN_NANOS)) {
            flag.skipped = 0;
            return Spin.CAUGHT;
        }
        flag.skipSpins = flag.skipped = Math.min(Math.max(1, 2 * flag.skipped), MAX_SKIP);
        return Spin.MISSED;
    }

    private static boolean spinFor(BooleanSupplier ready, long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
            if (ready.getAsBoolean()) return true;
        }
        return false;
    }

    /**
     * Wakes {@code waiter} if it parks on {@code flag}; called after the hand-off is published. Returns
     * whether the waiter is worth a spin: what the caller passes as {@code peerAwake} to its own next wait.
     * It is if it was awake, and also if it parked in a busy exchange (its spin for this side missed, or it
     * backs off after misses): it answers as soon as it runs again. Otherwise one miss (the peer lost its
     * core for a moment) would leave both sides parking for each other until a trial.
     */
    static boolean wake(Thread waiter, Parked flag) {
        if (!flag.parked()) return true;
        LockSupport.unpark(waiter);
        return flag.busy;
    }
}
