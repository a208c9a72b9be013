package org.jenode.base.runtime;

import java.util.List;

/**
 * The host memory of a child in a process of its own, derived from its RAM quantum. Its dataspaces are
 * charged to its quantum as in one process (and are shared memory the parent sees); on top of that the
 * JVM gets a heap of {@link #HEAP_FLOOR} plus half the quantum and direct memory of a quarter of it, and
 * its own structures are bounded (class metadata, compiled code). So a child cannot take more of the
 * machine than about its quantum twice over plus the floor, however it allocates.
 *
 * @param heap   {@code -Xmx}
 * @param direct {@code -XX:MaxDirectMemorySize}: NIO buffers and FFM allocations of the component
 */
record ProcessLimits(long heap, long direct) {

    /** What a small GUI client needs on its heap whatever its quantum (fonts, the runtime, class data). */
    static final long HEAP_FLOOR = 24L << 20;
    static final long METASPACE = 64L << 20, CODE_CACHE = 24L << 20;

    static ProcessLimits of(long quantum) {
        return new ProcessLimits(HEAP_FLOOR + quantum / 2, Math.max(1L << 20, quantum / 4));
    }

    /** The java options that set these limits; an exhausted heap ends the process at once. */
    List<String> options() {
        return List.of("-Xmx" + kib(heap) + "k", "-XX:MaxDirectMemorySize=" + kib(direct) + "k",
                "-XX:MaxMetaspaceSize=" + kib(METASPACE) + "k", "-XX:ReservedCodeCacheSize=" + kib(CODE_CACHE) + "k",
                "-XX:+ExitOnOutOfMemoryError");
    }

    private static long kib(long bytes) { return (bytes + 1023) / 1024; }
}
