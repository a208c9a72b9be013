package org.jenode.bench;

import java.util.Arrays;

/** Order statistics of a benchmark's samples, by nearest rank; the samples are left as they are. */
final class Ranks {

    private Ranks() { }

    static double median(double[] v) { return percentile(v, 0.5); }

    /** The sample at rank {@code p} (0 to 1) of the sorted samples. */
    static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
    }
}
