package org.jenode.framebuffer.driver;

import java.util.Optional;
import org.jenode.base.Env;
import org.jenode.base.ServiceException;
import org.jenode.base.rom.AttachedRom;

/**
 * What the {@code platform_info} ROM tells a driver about how the host runs it, from its
 * {@code <jenode headless="yes" screenshot="path.png"/>} node ({@code ./jenode run --headless --screenshot}).
 *
 * @param headless   there is no display: a window driver that can run without one should
 * @param screenshot where to write the screen when the driver closes
 */
public record PlatformInfo(boolean headless, Optional<String> screenshot) {

    public static final PlatformInfo NONE = new PlatformInfo(false, Optional.empty());

    /** Reads the ROM once; without one routed, nothing is asked of the driver. */
    public static PlatformInfo read(Env env) {
        try (AttachedRom info = new AttachedRom(env, "platform_info")) {
            return info.xml().child("jenode").map(j -> new PlatformInfo(j.boolAttribute("headless", false),
                    j.attribute("screenshot").filter(s -> !s.isBlank()))).orElse(NONE);
        } catch (ServiceException e) {
            return NONE;
        }
    }
}
