package org.jenode.bench.sandbox;

import java.util.Arrays;
import org.jenode.base.xml.XmlNode;

/** Durations in nanoseconds, reported as their 10th, 50th and 90th percentile. */
final class Samples {

    private final long[] ns;
    private int count;

    Samples(int capacity) { this.ns = new long[capacity]; }

    void add(long nanos) { ns[count++] = nanos; }

    boolean full() { return count == ns.length; }

    /** {@code <name p10 p50 p90/>}, in nanoseconds. */
    XmlNode node(String name) {
        long[] sorted = Arrays.copyOf(ns, count);
        Arrays.sort(sorted);
        return XmlNode.builder(name).attribute("p10", at(sorted, 0.1)).attribute("p50", at(sorted, 0.5))
                .attribute("p90", at(sorted, 0.9)).build();
    }

    private static long at(long[] sorted, double q) { return sorted.length == 0 ? 0 : sorted[(int) (q * (sorted.length - 1))]; }
}
