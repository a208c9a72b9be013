package org.jenode.base.core;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jenode.base.runtime.AotCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the AOT caches of the children's JVMs (see base's README, "Isolation"): runs a scenario whose
 * sandboxed children {@code labels} record what their JVMs load, until they have started and answered
 * ({@code ready}), then stops the scenario (each child's JVM writes its record as it ends) and builds a
 * cache from each record. A cache is made for the children of this JVM whose command (module path,
 * module and JVM options) is that of the child that recorded it: one child per set of modules
 * ({@code ChildModules}) that children resolve. Never throws for a cache it cannot make ({@code ready}
 * may throw to say a child failed): it says why in a log line and returns false, and children start
 * without.
 */
public final class AotTraining {

    private static final Logger LOG = LoggerFactory.getLogger("aot");
    private static final long POLL_MS = 10;

    private AotTraining() { }

    /** Trains with the children {@code labels} of the core that {@code start} starts, within {@code timeout}; true if every cache was made. */
    public static boolean train(Supplier<Core> start, List<String> labels, Predicate<Core> ready, Duration timeout) {
        if (System.getProperty(AotCache.PROPERTY, "").isBlank()) {
            LOG.warn("no AOT cache for the children: -D{} names no folder", AotCache.PROPERTY);
            return false;
        }
        long t0 = System.nanoTime();
        try {
            System.setProperty(AotCache.RECORD_PROPERTY, String.join(",", labels));
            boolean started;
            try {
                Core core = start.get();
                try {
                    started = until(() -> ready.test(core), t0 + timeout.toNanos());
                } finally {
                    // each recording child writes its record as it ends: the caches are built from whole ones
                    core.close(AotCache.RECORD_GRACE.plusSeconds(10));
                }
            } finally {
                System.clearProperty(AotCache.RECORD_PROPERTY);
            }
            if (!started) throw new IllegalStateException(labels + " did not start within " + timeout.toSeconds() + " s");
            boolean all = true;
            for (AotCache.Result result : AotCache.build(timeout)) {
                switch (result) {
                    case AotCache.Result.Built(var cache, long bytes) ->
                        LOG.debug("children's AOT cache {} ({} MB) made in {} ms", cache, bytes >> 20, (System.nanoTime() - t0) / 1_000_000);
                    case AotCache.Result.None(String why) -> {
                        LOG.warn("no AOT cache for some children: {}", why);
                        all = false;
                    }
                }
            }
            return all;
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
