package org.jenode.bench;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import com.sun.management.ThreadMXBean;

/**
 * What one thread of this JVM, found by name, has allocated and how much CPU it has used: the JVM counts
 * both per thread, so a benchmark can say what a component's entrypoint allocates and computes per frame,
 * apart from the wake-ups between components that a frame's wall-clock time also holds.
 */
final class ThreadMeter {

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long id;

    private ThreadMeter(long id) { this.id = id; }

    /** The entrypoint thread of the component whose label ends with {@code name} (e.g. {@code init -> nitpicker}). */
    static Optional<ThreadMeter> ofEntrypoint(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ep ") && (t.getName().equals("ep " + name) || t.getName().endsWith(" " + name)))
                .findFirst().map(t -> new ThreadMeter(t.threadId()));
    }

    /** Bytes allocated so far, or -1 once the thread has ended. */
    long bytes() { return threads.getThreadAllocatedBytes(id); }

    /** CPU nanoseconds used so far, or -1 once the thread has ended. */
    long cpuNanos() { return threads.getThreadCpuTime(id); }
}
