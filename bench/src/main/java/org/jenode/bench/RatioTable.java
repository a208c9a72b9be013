package org.jenode.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * JMH results as a table: each benchmark's score and its ratio to a baseline benchmark of the same
 * run, because on a shared machine only ratios from one run mean something. Average times can also be
 * shown as operations per second.
 */
public final class RatioTable {

    private final String baseline;
    private final boolean perSecond;

    /** @param baseline the method name of the benchmark that the others are divided by */
    public RatioTable(String baseline) { this(baseline, false); }

    /** @param perSecond whether to add a column with the inverse of each average time */
    public RatioTable(String baseline, boolean perSecond) {
        this.baseline = baseline;
        this.perSecond = perSecond;
    }

    public void print(Collection<RunResult> results, PrintStream out) {
        Optional<Double> base = results.stream().filter(r -> method(r).equals(baseline))
                .map(r -> r.getPrimaryResult().getScore()).findFirst();
        String ratioHeader = "x " + baseline;
        String rate = perSecond ? " %12s" : "%s";
        String row = "%-24s %9.3f %-2s %10.3f" + rate + " %" + ratioHeader.length() + "s%n";
        out.printf("%n%-24s %12s %10s" + rate + " %s%n", "benchmark", "score", "error", perSecond ? "per second" : "", ratioHeader);
        for (RunResult r : results) {
            Result<?> p = r.getPrimaryResult();
            String ratio = base.map(b -> ratio(p.getScore() / b)).orElse("-");
            out.printf(row, method(r), p.getScore(), unit(p), p.getScoreError(), perSecond ? perSecond(p) : "", ratio);
        }
    }

    private static String ratio(double r) { return String.format(r < 10 ? "%.2f" : "%.1f", r); }

    /** The inverse of an average time, or "-" for other units. */
    private static String perSecond(Result<?> p) {
        double seconds;
        switch (unit(p)) {
            case "ns": seconds = 1e-9; break;
            case "us": seconds = 1e-6; break;
            case "ms": seconds = 1e-3; break;
            case "s": seconds = 1; break;
            default: return "-";
        }
        return String.format("%.0f", 1 / (p.getScore() * seconds));
    }

    private static String method(RunResult r) {
        String name = r.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String unit(Result<?> p) {
        String u = p.getScoreUnit();
        return u.endsWith("/op") ? u.substring(0, u.length() - 3) : u;
    }
}
