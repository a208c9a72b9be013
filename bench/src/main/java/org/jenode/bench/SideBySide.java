package org.jenode.bench;

/**
 * Two operations timed in alternating blocks in one JVM, so that both see the same placement of its
 * threads on the host's cores. On this project's 2-vCPU machines a JVM's cross-core hand-off stays in
 * one of several modes for minutes (the same 20 us spin hand-off took 0.11, 0.2, 0.45 or 1.0 us a round
 * trip in different forks of one run), and a ratio of two figures from different forks mixes the modes.
 */
final class SideBySide {

    /** One operation; what it returns is kept from the JIT. */
    @FunctionalInterface
    interface Op {
        long run() throws Exception;
    }

    private SideBySide() { }

    /**
     * {@code blocks} pairs of blocks of {@code perBlock} runs each, {@code a} then {@code b}; prints the
     * median time per run of each and the median, lowest and highest ratio a/b of a pair's blocks.
     */
    static String compare(String nameA, Op a, String nameB, Op b, int blocks, int perBlock) throws Exception {
        double[] ta = new double[blocks], tb = new double[blocks], ratio = new double[blocks];
        long sink = 0;
        for (int i = 0; i < blocks; i++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < perBlock; k++) sink += a.run();
            long t1 = System.nanoTime();
            for (int k = 0; k < perBlock; k++) sink += b.run();
            long t2 = System.nanoTime();
            ta[i] = (t1 - t0) / 1e3 / perBlock;
            tb[i] = (t2 - t1) / 1e3 / perBlock;
            ratio[i] = ta[i] / tb[i];
        }
        return "side by side in this JVM (%d blocks of %d, sink %d): %s %.3f us, %s %.3f us; %s / %s median %.2f (%.2f-%.2f)"
                .formatted(blocks, perBlock, sink & 1, nameA, Ranks.median(ta), nameB, Ranks.median(tb), nameA, nameB,
                        Ranks.median(ratio), Ranks.percentile(ratio, 0), Ranks.percentile(ratio, 1));
    }
}
