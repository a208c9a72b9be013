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
 * <p>A spin pays only while the other side is awake: a parked thread takes tens of microseconds to run
 * again (on this project's machines about as long as a whole park/unpark round trip), so spinning for its
 * answer only holds a core. So each waiter is told whether its peer is awake (the side that handed over
 * saw whether the other was parked) and spins only then. That alone would let two sides that have both
 * parked once park forever, so a waiter whose peer is parked still spins long enough to see it wake, once
 * every {@value #TRIAL_EVERY} waits: if the peer then answers within it, both are awake again and stay so.
 * And on a machine with more runnable threads than cores, an awake peer may not get a core for a while
 * ({@code ./jenode bench runtime}: a fixed 20 us spin five times slower than none there), so after a spin that
 * caught nothing the waiter does not spin for its next {@value #SKIP_AFTER_MISS} waits.
 */
final class BriefSpin {

    /**
     * Long enough to catch an answer from a side already running on another core, the turn-around of a
     * caller that calls again included (a session call's checks and hand-off take a few microseconds).
     */
    static final long SPIN_NANOS = 20_000;
    /** Long enough to see a parked peer wake up and answer. */
    static final long TRIAL_NANOS = 60_000;
    static final int SKIP_AFTER_MISS = 100;
    static final int TRIAL_EVERY = 64;

    /** One waiting thread's flag (raised while parked) and its spin history; the other side only reads the flag. */
    static final class Parked {
        private volatile boolean parked;
        /** Waits left that park without spinning, and waits since the last trial; touched by the waiting thread only. */
        private int skipSpins, sinceTrial;

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
        if (spin(ready, flag, peerAwake)) return true;
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

    /** Spins as the flag's history and the peer's state say; true if {@code ready} came meanwhile. */
    private static boolean spin(BooleanSupplier ready, Parked flag, boolean peerAwake) {
        if (++flag.sinceTrial >= TRIAL_EVERY) {
            flag.sinceTrial = 0;
            if (!spinFor(ready, TRIAL_NANOS)) return false;
            flag.skipSpins = 0; // spinning pays again
            return true;
        }
        if (flag.skipSpins > 0) {
            flag.skipSpins--;
            return false;
        }
        if (!peerAwake) return false;
        if (spinFor(ready, SPIN_NANOS)) return true;
        flag.skipSpins = SKIP_AFTER_MISS;
        return false;
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
     * whether the waiter was awake: what the caller passes as {@code peerAwake} to its own next wait.
     */
    static boolean wake(Thread waiter, Parked flag) {
        if (!flag.parked()) return true;
        LockSupport.unpark(waiter);
        return false;
    }
}
