package org.jenode.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * JMH results as a table: each benchmark's score and error and its ratio to a baseline benchmark of the
 * same run, because on a shared machine only ratios from one run mean something. The ratio's error
 * combines both scores' relative errors. Pairs of benchmarks of interest (a target such as "within 10 %
 * of that one") follow the table as ratios of their own. Average times can also be shown per second.
 */
public final class RatioTable {

    /** A ratio printed after the table: {@code of} divided by {@code to}, both method names. */
    public record Ratio(String of, String to) { }

    private final String baseline;
    private final boolean perSecond;
    private final List<Ratio> ratios;

    /** @param baseline the method name of the benchmark that the others are divided by */
    public RatioTable(String baseline) { this(baseline, false, List.of()); }

    /** @param perSecond whether to add a column with the inverse of each average time */
    public RatioTable(String baseline, boolean perSecond) { this(baseline, perSecond, List.of()); }

    public RatioTable(String baseline, boolean perSecond, List<Ratio> ratios) {
        this.baseline = baseline;
        this.perSecond = perSecond;
        this.ratios = List.copyOf(ratios);
    }

    public void print(Collection<RunResult> results, PrintStream out) {
        Optional<Result<?>> base = find(results, baseline);
        String ratioHeader = "x " + baseline;
        String rate = perSecond ? " %12s" : "%s";
        String row = "%-24s %9.3f %-2s %10.3f" + rate + " %" + ratioHeader.length() + "s %7s%n";
        out.printf("%n%-24s %12s %10s" + rate + " %s %7s%n", "benchmark", "score", "error", perSecond ? "per second" : "", ratioHeader, "error");
        for (RunResult r : results) {
            Result<?> p = r.getPrimaryResult();
            String ratio = base.map(b -> format(p.getScore() / b.getScore())).orElse("-");
            String error = base.filter(b -> !method(r).equals(baseline)).map(b -> format(ratioError(p, b))).orElse("-");
            out.printf(row, method(r), p.getScore(), unit(p), p.getScoreError(), perSecond ? perSecond(p) : "", ratio, error);
        }
        for (Ratio q : ratios) {
            Optional<Result<?>> of = find(results, q.of()), to = find(results, q.to());
            if (of.isEmpty() || to.isEmpty()) continue;
            out.printf("%s / %s = %s ± %s%n", q.of(), q.to(), format(of.get().getScore() / to.get().getScore()),
                    format(ratioError(of.get(), to.get())));
        }
    }

    /** The error of {@code a / b} from the relative errors of both (JMH's are 99.9 % confidence half-widths). */
    private static double ratioError(Result<?> a, Result<?> b) {
        double ra = relative(a), rb = relative(b);
        return a.getScore() / b.getScore() * Math.sqrt(ra * ra + rb * rb);
    }

    /** A single measurement has no error (NaN): it counts as exact rather than spoiling every ratio. */
    private static double relative(Result<?> r) {
        double e = r.getScoreError();
        return Double.isNaN(e) ? 0 : e / r.getScore();
    }

    private static Optional<Result<?>> find(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> method(r).equals(method)).<Result<?>>map(RunResult::getPrimaryResult).findFirst();
    }

    private static String format(double r) { return String.format(r < 10 ? "%.2f" : "%.1f", r); }

    /** The inverse of an average time, or "-" for other units. */
    private static String perSecond(Result<?> p) {
        double seconds = switch (unit(p)) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            default -> Double.NaN;
        };
        return Double.isNaN(seconds) ? "-" : String.format("%.0f", 1 / (p.getScore() * seconds));
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
