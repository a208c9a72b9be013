package org.jenode.framebuffer;

import org.jenode.testing.x11.Tools;
import org.jenode.testing.x11.XServer;
import org.junit.jupiter.api.Assumptions;

/**
 * The X display an fb_gl test runs on: the one in {@code DISPLAY} or a private Xvfb. The test is skipped
 * only when there is neither. The body must close its core before it returns: fb_gl has to leave the
 * display before the X server goes.
 */
final class GlDisplay {

    interface Body {
        void run(Tools x) throws Exception;
    }

    private GlDisplay() { }

    /** Runs {@code body} on {@code DISPLAY}, or on a private Xvfb when that is unset. */
    static void inheritedFirst(Body body) throws Exception {
        String inherited = System.getenv("DISPLAY");
        if (inherited != null) body.run(new Tools(inherited));
        else onXvfb(body);
    }

    /**
     * Runs {@code body} on a private Xvfb, or on {@code DISPLAY} when Xvfb is not installed: a test that
     * moves the pointer and types must not do so on someone's desktop, and needs a server without a window
     * manager, where a window is where it was created and takes the focus it is given.
     */
    static void privateFirst(Body body) throws Exception {
        String inherited = System.getenv("DISPLAY");
        if (XServer.available() || inherited == null) onXvfb(body);
        else body.run(new Tools(inherited));
    }

    private static void onXvfb(Body body) throws Exception {
        Assumptions.assumeTrue(XServer.available(), "fb_gl needs an X display: DISPLAY is unset and Xvfb is not installed");
        try (XServer xvfb = XServer.start(1024, 768)) {
            // GLFW's Xlib reads DISPLAY from the C environment when fb_gl initialises it.
            NativeEnvironment.set("DISPLAY", xvfb.display());
            try {
                body.run(xvfb.tools());
            } finally {
                String inherited = System.getenv("DISPLAY"); // the JVM's copy from start-up
                if (inherited == null) NativeEnvironment.unset("DISPLAY");
                else NativeEnvironment.set("DISPLAY", inherited);
            }
        }
    }
}
