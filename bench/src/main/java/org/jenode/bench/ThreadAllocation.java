package org.jenode.bench;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import com.sun.management.ThreadMXBean;

/**
 * The bytes one thread of this JVM has allocated, found by name: the JVM counts them per thread
 * ({@code ThreadMXBean.getThreadAllocatedBytes}), so a benchmark can say what a component's entrypoint
 * allocates per frame.
 */
final class ThreadAllocation {

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long id;

    private ThreadAllocation(long id) { this.id = id; }

    /** The entrypoint thread of the component whose label ends with {@code name} (e.g. {@code init -> nitpicker}). */
    static Optional<ThreadAllocation> ofEntrypoint(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ep ") && (t.getName().equals("ep " + name) || t.getName().endsWith(" " + name)))
                .findFirst().map(t -> new ThreadAllocation(t.threadId()));
    }

    /** Bytes allocated so far, or -1 once the thread has ended. */
    long bytes() { return threads.getThreadAllocatedBytes(id); }
}
