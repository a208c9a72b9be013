package org.jenode.framebuffer.headless;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.timer.TimerSession;
import org.jenode.framebuffer.Mode;
import org.jenode.framebuffer.driver.Backend;
import org.jenode.framebuffer.driver.DriverConfig;
import org.jenode.framebuffer.driver.FramebufferDriver;
import org.jenode.framebuffer.driver.PlatformInfo;

/**
 * The host part of a driver without a host: the screen lives in the driver's front image, sync ticks come
 * from a Timer session at 60 Hz opened only while a client listens, and the screen is written as PNG to
 * the config's {@code screenshot} path on every config change and on close, and to the platform's when the
 * platform says the run ended (its components still show what they showed), or else on close.
 * fb_headless is this; fb_sdl is this when the platform is headless.
 */
public final class MemoryScreen implements Backend {

    private static final long SYNC_PERIOD_US = 1_000_000 / 60;

    private final FramebufferDriver driver;
    private final Env env;
    private final Optional<String> platformScreenshot;
    /** The platform_info ROM, followed for the end of the run while a screenshot is still to be written. */
    private final Optional<AttachedRom> platform;
    private boolean platformShot;
    private TimerSession timer;
    private Optional<String> screenshot = Optional.empty();
    private boolean configured;

    public MemoryScreen(FramebufferDriver driver, Optional<String> platformScreenshot) {
        this.driver = driver;
        this.env = driver.env();
        this.platformScreenshot = platformScreenshot;
        this.platform = platformScreenshot.isPresent() ? PlatformInfo.watch(env, this::platformChanged) : Optional.empty();
        if (platformScreenshot.isPresent()) driver.screen().watch();
    }

    /**
     * At the end of the run the screen is written at once: when the components stop, one after the other,
     * their views vanish from the screen before the driver, started early, stops last.
     */
    private void platformChanged(PlatformInfo info) {
        if (!info.ended() || platformShot) return;
        platformShot = true;
        platformScreenshot.ifPresent(this::write);
    }

    @Override public void show(Mode mode, Dataspace pixels, Runnable released) { released.run(); }

    @Override public void refresh(Rect area) { }

    @Override public void sync(boolean on) {
        if (on) {
            if (timer == null) {
                timer = env.session(TimerSession.class, "sync");
                timer.sigh(env.ep().handler(driver::sync));
            }
            timer.triggerPeriodic(SYNC_PERIOD_US);
        } else if (timer != null) {
            // Nobody listens: no ticks, and no Timer session held for nothing.
            timer.triggerPeriodic(0);
            timer.close();
            timer = null;
        }
    }

    @Override public void configure(DriverConfig config) {
        if (config.screenshot().isPresent() && screenshot.isEmpty()) driver.screen().watch();
        if (config.screenshot().isEmpty() && screenshot.isPresent()) driver.screen().unwatch();
        screenshot = config.screenshot();
        // The first configure is the start-up: there is nothing on the screen to take a picture of yet.
        if (configured) screenshot.ifPresent(this::write);
        configured = true;
    }

    @Override public void close() {
        screenshot.ifPresent(this::write);
        if (!platformShot) platformScreenshot.ifPresent(this::write);
        platform.ifPresent(AttachedRom::close);
        if (timer != null) timer.close();
        timer = null;
    }

    private void write(String path) {
        Path file = Path.of(path);
        Mode mode = driver.screen().mode();
        BufferedImage image = new BufferedImage(mode.width(), mode.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, mode.width(), mode.height(), driver.screen().visible(Rect.of(mode.area())), 0, mode.width());
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            env.log().info("screenshot {} ({})", file, mode);
        } catch (IOException e) {
            env.log().error("cannot write screenshot {}: {}", file, e.toString());
        }
    }
}
