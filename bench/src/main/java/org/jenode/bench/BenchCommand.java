package org.jenode.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jenode bench NAME}: runs a benchmark by name and prints its figures next to the plain-Java
 * baseline of the same run. {@code ./jenode bench} starts it in a JVM of its own, on this module's path,
 * so that the {@code jenode} command itself carries no benchmark code.
 */
@Command(name = "jenode bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark: runtime, nitpicker, canvas (JMH); framebuffer, input, startup, terminal, wm, growth, sandbox, launcher (programs of their own).")
public final class BenchCommand implements Callable<Integer> {

    /**
     * A JMH benchmark class, the method its figures are divided by, the ratios of interest after the
     * table, and how many forks, warm-up seconds and measured seconds each benchmark gets (more forks where
     * one fork's error would be as large as the figure; more warm-up where the JIT compiles vector code late
     * on a loaded machine, since until then each vector is an object).
     */
    private record Jmh(String benchClass, String baseline, List<RatioTable.Ratio> ratios, int forks, int warmups, int measurements) { }

    /** The desktop as {@code ./jenode} starts it: the command's java command line and its default scenario. */
    private static final Path DESKTOP_ARGS = Path.of("scenarios", "target", "jenode.args");
    private static final Path DESKTOP_SCENARIO = Path.of("scenarios", "desktop.xml");

    private static final Map<String, Jmh> JMH = Map.of(
            "runtime", new Jmh("org.jenode.bench.RuntimeBench", "parkUnpark", List.of(
                    new RatioTable.Ratio("sessionCallRoundTrip", "briefSpinThenPark"),
                    new RatioTable.Ratio("sessionCallRoundTrip", "entrypointCall"),
                    new RatioTable.Ratio("entrypointCall", "longSpinThenPark"),
                    new RatioTable.Ratio("sessionCallRoundTrip", "queueAndFutureBefore"),
                    new RatioTable.Ratio("signalDelivery", "parkUnpark")), 3, 3, 10),
            "nitpicker", new Jmh("org.jenode.bench.NitpickerBench", "plainCopy", List.of(
                    new RatioTable.Ratio("nitpickerHidden200", "nitpickerFullRedraw10"),
                    new RatioTable.Ratio("swingDesktopPane10", "nitpickerFullRedraw10"),
                    new RatioTable.Ratio("javafxSceneGraph10", "nitpickerFullRedraw10")), 3, 10, 10),
            "canvas", new Jmh("org.jenode.bench.CanvasBench", "plainCopy", List.of(), 2, 3, 5));

    @Parameters(index = "0", paramLabel = "NAME", description = "runtime, nitpicker, canvas, framebuffer, input, startup, terminal, wm, growth, sandbox or launcher")
    String name;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "startup: start each program this many times, alternating (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--only", paramLabel = "REGEX",
            description = "JMH benchmarks: run only the methods matching REGEX, the baseline included (default: all)")
    String only;

    @Option(names = "--forks", paramLabel = "N",
            description = "JMH benchmarks: forks per benchmark instead of the benchmark's own count")
    Integer forks;

    @Override public Integer call() throws Exception {
        Map<String, Callable<Integer>> programs = Map.of(
                "startup", () -> new StartupBench(DESKTOP_ARGS, DESKTOP_SCENARIO, runs).run(System.out),
                "framebuffer", () -> new FramebufferRun().run(System.out),
                "input", () -> new InputLatencyRun().run(System.out),
                "terminal", () -> new TerminalRun().run(System.out),
                "wm", () -> new WmRun().run(System.out),
                "growth", () -> new GrowthRun().run(System.out),
                "sandbox", () -> new SandboxRun().run(System.out),
                "launcher", () -> new LauncherRun().run(System.out));
        if (programs.containsKey(name)) return programs.get(name).call();
        Jmh bench = JMH.get(name);
        if (bench == null) {
            System.err.println("jenode: unknown benchmark '" + name + "' (known: " + new TreeSet<>(JMH.keySet()) + " and "
                    + new TreeSet<>(programs.keySet()) + ")");
            return 2;
        }
        Optional<LoadAverage> before = LoadAverage.now();
        Collection<RunResult> results = jmh(bench, only, forks == null ? bench.forks() : forks);
        new RatioTable(bench.baseline(), false, bench.ratios()).print(results, System.out);
        before.ifPresent(b -> System.out.println("load average (1, 5, 15 min) before: " + b + ", after: "
                + LoadAverage.now().map(LoadAverage::toString).orElse("?") + " on " + Runtime.getRuntime().availableProcessors() + " CPUs"));
        return 0;
    }

    private static Collection<RunResult> jmh(Jmh bench, String only, int forks) throws RunnerException {
        String methods = only == null ? "" : "\\.(" + only + "|" + bench.baseline() + ")$";
        return new Runner(new OptionsBuilder().include(bench.benchClass() + methods).forks(forks).warmupIterations(bench.warmups())
                .warmupTime(TimeValue.seconds(1)).measurementIterations(bench.measurements()).measurementTime(TimeValue.seconds(1))
                .build()).run();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
