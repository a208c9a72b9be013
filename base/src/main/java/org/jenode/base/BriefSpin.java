package org.jenode.base;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How one thread waits for another's hand-off: it spins for a moment, then parks until the
 * other side unparks it. An answer that comes within the spin (a short session call, the next call of a
 * client that makes several) costs no trip through the kernel on either side; a longer wait costs one
 * park. The waiter announces that it parks in {@code parked} before its last look at {@code ready}, and
 * the other side publishes its hand-off before it reads {@code parked} (both volatile), so one of the
 * two always sees the other: no wake-up is lost, and an unpark that finds nobody parked is harmless.
 */
final class BriefSpin {

    /**
     * Long enough to catch an answer from a side that is running on the other core, short enough to cost
     * nothing when it is not: on a machine with more runnable threads than cores a longer spin steals the
     * very core the other side waits for ({@code ./jenode bench runtime} shows a 20 us spin five times
     * slower than none there).
     */
    static final long SPIN_NANOS = 2_000;

    /** The flag a waiter raises while parked; the side that hands over unparks it only then. */
    static final class Parked {
        private volatile boolean parked;

        boolean parked() { return parked; }
    }

    private BriefSpin() { }

    /**
     * Waits on the current thread until {@code ready} is true. Returns false, with the thread's interrupt
     * status set again, if the thread was interrupted before that.
     */
    static boolean await(BooleanSupplier ready, Parked flag) {
        if (ready.getAsBoolean()) return true;
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
            if (ready.getAsBoolean()) return true;
        }
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

    /** Wakes {@code waiter} if it parks on {@code flag}; called after the hand-off is published. */
    static void wake(Thread waiter, Parked flag) {
        if (flag.parked()) LockSupport.unpark(waiter);
    }
}
