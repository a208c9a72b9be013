package org.jenode.scenarios;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jenode} command line. Without a subcommand it runs the default desktop scenario. */
@Command(name = "jenode", mixinStandardHelpOptions = true, version = "jenode 0.1",
        description = {"A Genode-style secure component desktop on the JVM.",
                "./jenode bench NAME runs the benchmarks (module bench)."},
        subcommands = {RunCommand.class, TrainCommand.class})
public final class Jenode implements Callable<Integer> {

    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "desktop.xml");

    @Override public Integer call() {
        return new CommandLine(new RunCommand()).execute(DEFAULT_SCENARIO.toString());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Jenode()).execute(args));
    }
}
