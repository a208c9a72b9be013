package org.jenode.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time this JVM's threads have used so far, summed over all of them: the work a benchmark step
 * costs, whatever else the (shared) machine runs meanwhile, which wall-clock times on a loaded machine
 * mostly measure. A thread that ended between two readings takes its time with it.
 */
final class CpuMeter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    long nanos() { return byThread().values().stream().mapToLong(Long::longValue).sum(); }

    /** The CPU time so far of each thread, by name (threads of one name summed). */
    Map<String, Long> byThread() {
        Map<String, Long> cpu = new HashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) continue;
            long used = threads.getThreadCpuTime(t.getThreadId());
            if (used > 0) cpu.merge(t.getThreadName(), used, Long::sum);
        }
        return cpu;
    }
}
