package org.jenode.framebuffer.headless;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.framebuffer.driver.FramebufferDriver;
import org.jenode.framebuffer.driver.PlatformInfo;

/**
 * {@code fb_headless}: a screen in memory, for tests and servers (see {@link MemoryScreen}): what Capture
 * reads and screenshots show is what was last refreshed.
 */
public final class HeadlessFramebuffer implements Component {

    private final FramebufferDriver driver;

    public HeadlessFramebuffer(Env env) {
        PlatformInfo platform = PlatformInfo.read(env);
        this.driver = new FramebufferDriver(env, "fb_headless", d -> new MemoryScreen(d, platform.screenshot()));
    }

    @Override public void close() { driver.close(); }
}
