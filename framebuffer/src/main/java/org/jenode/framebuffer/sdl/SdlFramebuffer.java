package org.jenode.framebuffer.sdl;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.framebuffer.driver.FramebufferDriver;
import org.jenode.framebuffer.driver.PlatformInfo;
import org.jenode.framebuffer.fx.FxWindow;
import org.jenode.framebuffer.headless.MemoryScreen;

/**
 * {@code fb_sdl}: the binary Genode's configs start on Linux, with the Framebuffer and Input services and
 * the {@code width}/{@code height} config of Genode's fb_sdl. Underneath it is fb_fx's window without the
 * host's mouse cursor, or, when the platform is headless ({@code ./jenode run --headless}), fb_headless's
 * screen in memory: a config written for Genode runs as written on a machine with or without a display.
 */
public final class SdlFramebuffer implements Component {

    private final FramebufferDriver driver;

    public SdlFramebuffer(Env env) {
        PlatformInfo platform = PlatformInfo.read(env);
        this.driver = platform.headless()
                ? new FramebufferDriver(env, "fb_sdl", d -> new MemoryScreen(d, platform.screenshot()))
                : new FramebufferDriver(env, "fb_sdl", d -> new FxWindow(d, false));
    }

    @Override public void close() { driver.close(); }
}
