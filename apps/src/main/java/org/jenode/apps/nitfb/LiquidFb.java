package org.jenode.apps.nitfb;

import java.util.List;
import java.util.OptionalInt;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;

/**
 * {@code liquid_fb}: Genode's demo framebuffer window by its name and with its config, as nit_fb shows it:
 * the client's screen at {@code xpos}/{@code ypos} (400, 270), {@code width} x {@code height} (500x400),
 * live, its {@code title} as the view's title. What made it liquid, the scout window around it (title bar,
 * border, animated background, resize handle), is not there, and a warning says so.
 */
public final class LiquidFb implements Component {

    private static final Placement DEFAULTS = new Placement(new Point(400, 270), OptionalInt.of(500), OptionalInt.of(400));
    private static final List<String> SCOUT_WINDOW = List.of("animate", "decoration", "resize_handle");

    private final NitFb fb;

    public LiquidFb(Env env) {
        XmlNode config = env.config().xml();
        List<String> ignored = SCOUT_WINDOW.stream().filter(config::has).toList();
        env.log().warn("{}: liquid_fb shows its client without Genode's scout window (title bar, border, animated "
                + "background, resize handle){}", config.location(), ignored.isEmpty() ? "" : "; ignoring " + ignored);
        this.fb = new NitFb(env, "liquid_fb", DEFAULTS, config.attribute("title", "Liquid Framebuffer"));
    }

    @Override public void close() { fb.close(); }
}
