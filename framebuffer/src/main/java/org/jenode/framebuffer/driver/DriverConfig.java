package org.jenode.framebuffer.driver;

import java.util.Optional;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.calibration.Affine;

/**
 * What a framebuffer driver reads from its config ROM. Read anew on every config change, so that the
 * driver can compare and apply only what changed.
 *
 * @param mode        {@code width} x {@code height} (default 1024x768)
 * @param title       the host window's title
 * @param resizable   whether the user may resize the host window (which re-modes the screen)
 * @param scale       host pixels per screen pixel for the window drivers (integer >= 1)
 * @param calibration the touch transform of the {@code <calibration/>} child (identity when absent)
 * @param screenshot  fb_headless only: where to write the visible screen as PNG
 */
public record DriverConfig(Mode mode, String title, boolean resizable, int scale, Affine calibration,
                           Optional<String> screenshot) {

    public static final int DEFAULT_WIDTH = 1024;
    public static final int DEFAULT_HEIGHT = 768;

    public DriverConfig withMode(Mode newMode) {
        return new DriverConfig(newMode, title, resizable, scale, calibration, screenshot);
    }

    public static DriverConfig from(XmlNode config, String defaultTitle) {
        int width = config.intAttribute("width", DEFAULT_WIDTH);
        int height = config.intAttribute("height", DEFAULT_HEIGHT);
        // A zero-sized screen would make every window driver and every client divide by zero.
        if (width < 1 || height < 1) throw config.error("framebuffer mode must be at least 1x1, not " + width + "x" + height);
        int scale = config.intAttribute("scale", 1);
        if (scale < 1) throw config.error("scale must be an integer >= 1, not " + scale);
        return new DriverConfig(new Mode(width, height), config.attribute("title", defaultTitle),
                config.boolAttribute("resizable", true), scale, Affine.fromConfig(config),
                config.attribute("screenshot").filter(s -> !s.isBlank()));
    }
}
