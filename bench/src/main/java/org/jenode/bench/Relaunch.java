package org.jenode.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts this JVM's command line again with {@code DISPLAY} set. AWT, GLFW and JMH's forked JVMs take
 * the display from the process environment only, which a running JVM cannot change.
 */
final class Relaunch {

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
}
