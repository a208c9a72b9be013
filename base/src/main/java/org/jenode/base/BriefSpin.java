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
 * <p>The spin is adaptive, as HotSpot spins on a contended lock: a waiter spins only while spinning pays.
 * On an idle machine the other side answers on the other core within the spin, and neither side goes
 * through the kernel. On a machine with more runnable threads than cores a spinning waiter holds the very
 * core the other side waits for ({@code ./jenode bench runtime}: a 20 us spin five times slower than
 * none there), so after a spin that caught nothing the waiter parks at once for its next
 * {@value #SKIP_AFTER_MISS} waits.
 */
final class BriefSpin {

    /** Long enough to catch an answer from a side already running on another core. */
    static final long SPIN_NANOS = 5_000;
    static final int SKIP_AFTER_MISS = 100;

    /** One waiting thread's flag (raised while parked) and its spin history; the other side only reads the flag. */
    static final class Parked {
        private volatile boolean parked;
        /** Waits left that park without spinning; touched by the waiting thread only. */
        private int skipSpins;

        boolean parked() { return parked; }
    }

    private BriefSpin() { }

    /**
     * Waits on the current thread, the owner of {@code flag}, until {@code ready} is true. Returns false,
     * with the thread's interrupt status set again, if the thread was interrupted before that.
     */
    static boolean await(BooleanSupplier ready, Parked flag) {
        if (ready.getAsBoolean()) return true;
        if (flag.skipSpins > 0) {
            flag.skipSpins--;
        } else if (spin(ready)) {
            return true;
        } else {
            flag.skipSpins = SKIP_AFTER_MISS;
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

    private static boolean spin(BooleanSupplier ready) {
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
            if (ready.getAsBoolean()) return true;
        }
        return false;
    }

    /** Wakes {@code waiter} if it parks on {@code flag}; called after the hand-off is published. */
    static void wake(Thread waiter, Parked flag) {
        if (flag.parked()) LockSupport.unpark(waiter);
    }
}
