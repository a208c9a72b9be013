package org.jenode.framebuffer.binaries;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;
import org.jenode.framebuffer.fx.FxFramebuffer;
import org.jenode.framebuffer.gl.GlFramebuffer;
import org.jenode.framebuffer.headless.HeadlessFramebuffer;
import org.jenode.framebuffer.sdl.SdlFramebuffer;

/**
 * The framebuffer drivers: {@code fb_headless}, {@code fb_fx} (JavaFX window), {@code fb_gl} (GLFW/OpenGL
 * window) and {@code fb_sdl} (Genode's name: fb_fx's window, or fb_headless on a headless platform).
 */
public final class FramebufferBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        // lambdas, not constructor references: a reference resolves its class as the catalog is listed, and
        // the drivers' classes refer to toolkits that a JVM listing the catalog need not have; a lambda
        // touches its driver's class only when that driver starts
        return List.of(new Binary("fb_headless", HeadlessFramebuffer::new), new Binary("fb_fx", env -> new FxFramebuffer(env)),
                new Binary("fb_gl", env -> new GlFramebuffer(env)), new Binary("fb_sdl", env -> new SdlFramebuffer(env)));
    }
}
