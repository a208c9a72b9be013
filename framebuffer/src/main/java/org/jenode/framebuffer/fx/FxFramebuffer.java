package org.jenode.framebuffer.fx;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.framebuffer.driver.FramebufferDriver;

/**
 * {@code fb_fx}: the screen in a JavaFX window, shown without copying through a {@code PixelBuffer} over
 * the screen's dataspace; the window's keyboard, mouse and touch events are the driver's Input stream.
 * Closing the window ends the component with exit code 0.
 */
public final class FxFramebuffer implements Component {

    private final FramebufferDriver driver;

    public FxFramebuffer(Env env) {
        this.driver = new FramebufferDriver(env, "fb_fx", d -> new FxWindow(d, true));
    }

    @Override public void close() { driver.close(); }
}
