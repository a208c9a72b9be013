package org.jenode.base.core;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jenode.base.runtime.AotCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the AOT cache of the children's JVMs (see base's README, "Isolation"): runs a scenario whose
 * child {@code label} is sandboxed, and whose JVM records what it loads, until that child has started
 * and answered ({@code ready}), then stops the scenario (the child's JVM writes its record as it ends)
 * and builds the cache from the record. The cache is made for the children of this JVM: a program that
 * starts children from the same command (module path, module and JVM options) uses it. Never throws
 * for a cache it cannot make ({@code ready} may throw to say the child failed): it says why in a log
 * line and returns false, and children start without.
 */
public final class AotTraining {

    private static final Logger LOG = LoggerFactory.getLogger("aot");
    private static final long POLL_MS = 10;

    private AotTraining() { }

    /** Trains with the child {@code label} of the core that {@code start} starts, within {@code timeout}. */
    public static boolean train(Supplier<Core> start, String label, Predicate<Core> ready, Duration timeout) {
        if (System.getProperty(AotCache.PROPERTY, "").isBlank()) {
            LOG.warn("no AOT cache for the children: -D{} names no folder", AotCache.PROPERTY);
            return false;
        }
        long t0 = System.nanoTime();
        try {
            System.setProperty(AotCache.RECORD_PROPERTY, label);
            boolean started;
            try (Core core = start.get()) {
                started = until(() -> ready.test(core), t0 + timeout.toNanos());
            } finally {
                System.clearProperty(AotCache.RECORD_PROPERTY);
            }
            if (!started) throw new IllegalStateException(label + " did not start within " + timeout.toSeconds() + " s");
            switch (AotCache.build(timeout)) {
                case AotCache.Result.Built(var cache, long bytes) -> {
                    LOG.info("children's AOT cache {} ({} MB) made in {} ms", cache, bytes >> 20, (System.nanoTime() - t0) / 1_000_000);
                    return true;
                }
                case AotCache.Result.None(String why) -> {
                    LOG.warn("no AOT cache for the children: {}", why);
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("no AOT cache for the children: {}", e.getMessage() == null ? e.toString() : e.getMessage());
            discard();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            return false;
        }
    }

    private static void discard() {
        try {
            AotCache.discard();
        } catch (IOException e) {
            LOG.debug("left a record behind: {}", e.toString());
        }
    }

    private static boolean until(Supplier<Boolean> condition, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            if (condition.get()) return true;
            Thread.sleep(POLL_MS);
        }
        return false;
    }
}
