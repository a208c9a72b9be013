package org.jenode.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts this JVM's command line again, changed as a running JVM cannot change itself: with {@code DISPLAY}
 * set (AWT, GLFW and JMH's forked JVMs take the display from the process environment only), or without
 * its patched modules.
 */
final class Relaunch {

    private static final String PATCH = "--patch-module";

    private Relaunch() { }

    /** Runs the same command on {@code display} and returns its exit code. */
    static int withDisplay(String display) throws Exception {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow(() -> new IllegalStateException("cannot tell how this JVM was started")));
        command.addAll(Arrays.asList(self.arguments().orElseThrow(() -> new IllegalStateException("cannot tell how this JVM was started"))));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DISPLAY", display);
        return builder.start().waitFor();
    }

    /**
     * Whether this JVM patches a module (Monocle into javafx.graphics, for the scene-graph baselines): the
     * children of a JVM take its module options, and a JVM that patches can neither make nor use an AOT cache.
     */
    static boolean patchesModules() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(o -> o.startsWith(PATCH));
    }

    /** Runs the bench {@code args} in a JVM of this one's options but its patched modules, and returns its exit code. */
    static int withoutPatchedModules(String... args) throws Exception {
        List<String> command = ChildJvm.command(List.of(), BenchCommand.class, args);
        command.removeIf(o -> o.startsWith(PATCH));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
