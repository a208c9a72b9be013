package org.jenode.framebuffer.driver;

import java.util.Optional;
import java.util.function.Consumer;
import org.jenode.base.Env;
import org.jenode.base.ServiceException;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlNode;

/**
 * What the {@code platform_info} ROM tells a driver about how the host runs it, from its
 * {@code <jenode headless="yes" screenshot="path.png" ended="yes"/>} node ({@code ./jenode run --headless
 * --screenshot}).
 *
 * @param headless   there is no display: a window driver that can run without one should
 * @param screenshot where to write the screen when the run ends (or, failing that, when the driver closes)
 * @param ended      the run's time is up: the screen is as the run leaves it, before its components go
 */
public record PlatformInfo(boolean headless, Optional<String> screenshot, boolean ended) {

    public static final PlatformInfo NONE = new PlatformInfo(false, Optional.empty(), false);

    /** Reads the ROM once; without one routed, nothing is asked of the driver. */
    public static PlatformInfo read(Env env) {
        try (AttachedRom info = new AttachedRom(env, "platform_info")) {
            return of(info.xml());
        } catch (ServiceException e) {
            return NONE;
        }
    }

    /**
     * Follows the ROM: {@code changed} gets each new content on the driver's entrypoint. Empty (nothing to
     * close) without a ROM routed.
     */
    public static Optional<AttachedRom> watch(Env env, Consumer<PlatformInfo> changed) {
        try {
            AttachedRom info = new AttachedRom(env, "platform_info");
            info.sigh(env.ep().handler(() -> {
                info.update();
                changed.accept(of(info.xml()));
            }));
            return Optional.of(info);
        } catch (ServiceException e) {
            return Optional.empty();
        }
    }

    private static PlatformInfo of(XmlNode info) {
        return info.child("jenode").map(j -> new PlatformInfo(j.boolAttribute("headless", false),
                j.attribute("screenshot").filter(s -> !s.isBlank()), j.boolAttribute("ended", false))).orElse(NONE);
    }
}
