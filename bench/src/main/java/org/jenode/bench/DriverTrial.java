package org.jenode.bench;

/**
 * Starts one window driver the way {@link FramebufferBench} does and finds its window on the X screen,
 * in a JVM of its own: a driver that cannot run here leaves nothing behind (a JavaFX toolkit that
 * failed to start cannot even be exited), and its fault's log stays out of the benchmark's output.
 * Exits 0 if the driver runs; else prints the reason as its last line and exits 1.
 */
public final class DriverTrial {

    private DriverTrial() { }

    public static void main(String[] args) {
        int code = 0;
        try {
            OnScreen.start(args[0]).close();
            System.out.println(args[0] + " runs");
        } catch (Exception | LinkageError e) {
            System.out.println(e.getMessage() == null ? e.toString() : e.getMessage());
            code = 1;
        }
        System.out.flush();
        // fb_fx leaves the JavaFX toolkit running, which would keep this JVM alive.
        System.exit(code);
    }
}
