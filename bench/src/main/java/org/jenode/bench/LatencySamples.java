package org.jenode.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, and their median and high percentiles. */
final class LatencySamples {

    private long[] nanos = new long[1024];
    private int size;

    void add(long latencyNanos) {
        if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
        nanos[size++] = latencyNanos;
    }

    int size() { return size; }

    /** The {@code p}-th percentile (0 to 100) in microseconds, nearest rank. */
    double percentileMicros(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size) - 1;
        return sorted[Math.clamp(rank, 0, size - 1)] / 1000.0;
    }
}
