package org.jenode.framebuffer.driver;

import org.jenode.base.Dataspace;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;

/**
 * The host side of a framebuffer driver: what differs between a window and no window. Every method
 * runs on the driver's entrypoint; an implementation that owns another thread (the FX thread, a GL
 * render thread) hands the work over and returns without waiting.
 */
public interface Backend {

    /**
     * The screen now shows {@code pixels} in {@code mode}. Once nothing of the backend reads the buffer
     * it showed before (a render thread may still be drawing it), it runs {@code released}, from any
     * thread: only then may that buffer be freed, because freeing unmaps it at once.
     */
    void show(Mode mode, Dataspace pixels, Runnable released);

    /** {@code area} (clipped to the mode) of the shown buffer has new pixels. */
    void refresh(Rect area);

    /** Starts ({@code true}) or stops the display-rate ticks that end in {@link FramebufferDriver#sync()}. */
    void sync(boolean on);

    /** The config changed (title, resizable, scale, screenshot); the mode is handled by the driver. */
    default void configure(DriverConfig config) { }

    /** Releases host resources. */
    default void close() { }
}
