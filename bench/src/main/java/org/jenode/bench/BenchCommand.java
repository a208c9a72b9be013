package org.jenode.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
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
        description = "Run a benchmark: runtime, nitpicker, framebuffer (JMH), startup (child processes), terminal (next to tmux) or launcher (click to pixel, sandboxed and in-process).")
public final class BenchCommand implements Callable<Integer> {

    /** A JMH benchmark class and the method its figures are divided by. */
    private record Jmh(String benchClass, String baseline) { }

    /** The desktop as {@code ./jenode} starts it: the command's java command line and its default scenario. */
    private static final Path DESKTOP_ARGS = Path.of("scenarios", "target", "jenode.args");
    private static final Path DESKTOP_SCENARIO = Path.of("scenarios", "desktop.xml");

    private static final Map<String, Jmh> JMH = Map.of(
            "runtime", new Jmh("org.jenode.bench.RuntimeBench", "plainExecutorRoundTrip"),
            "nitpicker", new Jmh("org.jenode.bench.NitpickerBench", "plainCopy"));

    @Parameters(index = "0", paramLabel = "NAME", description = "runtime, nitpicker, framebuffer, startup, terminal or launcher")
    String name;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "startup: start each program this many times, alternating (default ${DEFAULT-VALUE})")
    int runs;

    @Override public Integer call() throws Exception {
        if (name.equals("startup")) return new StartupBench(DESKTOP_ARGS, DESKTOP_SCENARIO, runs).run(System.out);
        if (name.equals("framebuffer")) return new FramebufferRun().run(System.out);
        if (name.equals("terminal")) return new TerminalRun().run(System.out);
        if (name.equals("launcher")) return new LauncherRun().run(System.out);
        Jmh bench = JMH.get(name);
        if (bench == null) {
            System.err.println("jenode: unknown benchmark '" + name + "' (known: " + JMH.keySet() + ", framebuffer, startup, terminal, launcher)");
            return 2;
        }
        new RatioTable(bench.baseline()).print(jmh(bench.benchClass()), System.out);
        return 0;
    }

    private static Collection<RunResult> jmh(String benchClass) throws RunnerException {
        return new Runner(new OptionsBuilder().include(benchClass).forks(1).warmupIterations(3)
                .warmupTime(TimeValue.seconds(1)).measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build()).run();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
