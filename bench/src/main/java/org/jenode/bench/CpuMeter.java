package org.jenode.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time this JVM's threads have used so far, summed over all of them: the work a benchmark step
 * costs, whatever else the (shared) machine runs meanwhile, which wall-clock times on a loaded machine
 * mostly measure. A thread that ended between two readings takes its time with it.
 */
final class CpuMeter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    long nanos() {
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) continue;
            long cpu = threads.getThreadCpuTime(t.getThreadId());
            if (cpu > 0) sum += cpu;
        }
        return sum;
    }
}
