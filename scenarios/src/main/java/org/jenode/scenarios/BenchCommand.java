package org.jenode.scenarios;

import java.util.Map;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs a JMH benchmark group by name and prints its figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark: runtime.")
final class BenchCommand implements Callable<Integer> {

    private static final Map<String, String> GROUPS = Map.of("runtime", "org.jenode.bench.RuntimeBench");

    @Parameters(index = "0", paramLabel = "NAME", description = "one of: ${COMPLETION-CANDIDATES}")
    String name;

    @Override public Integer call() throws RunnerException {
        String benchClass = GROUPS.get(name);
        if (benchClass == null) {
            System.err.println("jenode: unknown benchmark '" + name + "' (known: " + GROUPS.keySet() + ")");
            return 2;
        }
        new Runner(new OptionsBuilder().include(benchClass).forks(1).warmupIterations(3)
                .warmupTime(TimeValue.seconds(1)).measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build()).run();
        return 0;
    }
}
