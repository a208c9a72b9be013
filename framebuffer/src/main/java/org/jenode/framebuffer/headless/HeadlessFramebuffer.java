package org.jenode.framebuffer.headless;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.ServiceException;
import org.jenode.base.geometry.Rect;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.timer.TimerSession;
import org.jenode.framebuffer.Mode;
import org.jenode.framebuffer.driver.Backend;
import org.jenode.framebuffer.driver.DriverConfig;
import org.jenode.framebuffer.driver.FramebufferDriver;

/**
 * {@code fb_headless}: a screen in memory, for tests and servers. Refreshes copy into the visible image
 * (what Capture reads). Sync ticks come from a Timer session at 60 Hz, opened only while a client
 * listens. Writes the visible screen as PNG to the config's {@code screenshot} path on every config
 * change and on close, and to {@code <platform_info><jenode screenshot/></platform_info>} on close.
 */
public final class HeadlessFramebuffer implements Component {

    static final long SYNC_PERIOD_US = 1_000_000 / 60;

    private final Env env;
    private final FramebufferDriver driver;
    private final Optional<String> platformScreenshot;
    private TimerSession timer;
    private String screenshot;
    private boolean configured;

    public HeadlessFramebuffer(Env env) {
        this.env = env;
        this.platformScreenshot = platformScreenshot(env);
        this.driver = new FramebufferDriver(env, "fb_headless", Memory::new);
    }

    @Override public void close() { driver.close(); }

    private static Optional<String> platformScreenshot(Env env) {
        try (AttachedRom info = new AttachedRom(env, "platform_info")) {
            return info.xml().child("jenode").flatMap(j -> j.attribute("screenshot")).filter(s -> !s.isBlank());
        } catch (ServiceException e) {
            return Optional.empty(); // no platform info routed: nothing to honour
        }
    }

    /** The host part: no host, only the PNG files and the timer. */
    private final class Memory implements Backend {

    private final FramebufferDriver driver;

    Memory(FramebufferDriver driver) { this.driver = driver; }

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
        screenshot = config.screenshot().orElse(null);
        if (screenshot != null && configured) write(driver, Path.of(screenshot));
        // The first configure is the start-up: there is nothing on the screen to take a picture of yet.
        configured = true;
    }

    @Override public void close() {
        if (screenshot != null) write(driver, Path.of(screenshot));
        platformScreenshot.ifPresent(p -> write(driver, Path.of(p)));
        if (timer != null) timer.close();
        timer = null;
    }

    }

    private void write(FramebufferDriver driver, Path file) {
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
