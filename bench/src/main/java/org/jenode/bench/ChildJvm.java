package org.jenode.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The java command line of a child JVM that runs a main class of this JVM's module path with this JVM's
 * options (module path, native access, Monocle, ...), so that what a benchmark starts runs as the bench
 * itself does. JMH's forks inherit the options the same way.
 */
final class ChildJvm {

    /** The launcher records the main module as this property; the child names its own with -m. */
    private static final String MAIN_MODULE = "-Djdk.module.main=";

    private ChildJvm() { }

    /** {@code java [this JVM's options] [options] -m module/main [args]}. */
    static List<String> command(List<String> options, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith(MAIN_MODULE)) command.add(option);
        }
        command.addAll(options);
        command.add("-m");
        command.add(main.getModule().getName() + "/" + main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The java launcher of this JVM. */
    static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }
}
