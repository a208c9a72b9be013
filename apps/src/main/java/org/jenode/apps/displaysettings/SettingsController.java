package org.jenode.apps.displaysettings;

import java.util.Optional;
import java.util.function.Consumer;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.Keycodes;

/**
 * What the user's clicks and keys mean: choosing a mode publishes the driver config for it. The current
 * mode is what the driver last reported; until it reports, the chosen one is shown as current.
 */
public final class SettingsController {

    private final ResolutionMenu menu;
    private final Consumer<XmlNode> publish;
    private XmlNode template;
    private Optional<Mode> current = Optional.empty();

    public SettingsController(ResolutionMenu menu, XmlNode fbTemplate, Consumer<XmlNode> publish) {
        this.menu = menu;
        this.template = fbTemplate;
        this.publish = publish;
    }

    public ResolutionMenu menu() { return menu; }

    public Optional<Mode> current() { return current; }

    public void template(XmlNode fbTemplate) { this.template = fbTemplate; }

    /** The driver reported its mode. */
    public void reported(Mode mode) { current = Optional.of(mode); }

    /** A press at {@code p} (menu coordinates); true if it chose a mode. */
    public boolean click(Point p) { return choose(menu.clicked(p)); }

    /** A key press; keys 1..9 choose the corresponding button. */
    public boolean key(int code) {
        if (code < Keycodes.KEY_1 || code > Keycodes.KEY_9) return false;
        return choose(menu.numbered(code - Keycodes.KEY_1 + 1));
    }

    private boolean choose(Optional<Mode> mode) {
        if (mode.isEmpty()) return false;
        current = mode;
        publish.accept(FbConfig.of(template, mode.get()));
        return true;
    }
}
