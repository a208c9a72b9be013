package org.jenode.bench;

import java.nio.IntBuffer;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;

/**
 * The client of the framebuffer benchmark: it holds the driver's one Framebuffer session and its
 * buffer, where nitpicker would. The benchmark calls the session from its own thread, which waits
 * while the call runs on the driver's entrypoint, as nitpicker's entrypoint does.
 */
final class FbClient implements Component {

    static final String BINARY = "bench_fb_client";

    private final FramebufferSession framebuffer;
    private final Mode mode;
    private final IntBuffer pixels;

    FbClient(Env env) {
        framebuffer = env.session(FramebufferSession.class, "");
        mode = framebuffer.mode();
        pixels = framebuffer.dataspace().ints();
    }

    FramebufferSession session() { return framebuffer; }

    Mode mode() { return mode; }

    /** The screen buffer shared with the driver: ARGB, row by row, {@code stride == width}. */
    IntBuffer pixels() { return pixels; }
}
