package org.jenode.framebuffer.gl;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.framebuffer.driver.FramebufferDriver;

/**
 * {@code fb_gl}: the screen as an OpenGL texture in a GLFW window, drawn by a render thread of its own
 * that owns the GL context and the window's events. Closing the window ends the component with exit 0.
 */
public final class GlFramebuffer implements Component {

    private final FramebufferDriver driver;

    public GlFramebuffer(Env env) {
        this.driver = new FramebufferDriver(env, "fb_gl", GlWindow::new);
    }

    @Override public void close() { driver.close(); }
}
