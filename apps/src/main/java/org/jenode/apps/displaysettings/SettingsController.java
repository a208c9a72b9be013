package org.jenode.apps.displaysettings;

import java.util.Optional;
import java.util.function.Consumer;
import org.jenode.base.geometry.Point;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.Keycodes;

/**
 * What the user's clicks and keys mean: choosing a mode publishes the driver config for it.
 *
 * <p>The panel highlights what the driver last reported. The size it publishes is the one it asked for
 * last, until the driver has shown that size once; a different report after that means the user resized
 * the window, and the new size becomes the one to keep (for instance when a touch calibration arrives
 * and the config goes out again). Reports before that point are the driver's old mode and say nothing.
 */
public final class SettingsController {

    private final ResolutionMenu menu;
    private final Consumer<XmlNode> publish;
    private XmlNode template;
    private Optional<Mode> current = Optional.empty();
    private Optional<Mode> wanted;
    private boolean settled;
    private Optional<XmlNode> calibration = Optional.empty();

    public SettingsController(ResolutionMenu menu, XmlNode fbTemplate, Consumer<XmlNode> publish) {
        this.menu = menu;
        this.template = fbTemplate;
        this.publish = publish;
        this.wanted = templateMode(fbTemplate);
    }

    private static Optional<Mode> templateMode(XmlNode template) {
        return template.has("width") && template.has("height")
                ? Optional.of(new Mode(template.intAttribute("width", 0), template.intAttribute("height", 0)))
                : Optional.empty();
    }

    public ResolutionMenu menu() { return menu; }

    /** The mode to highlight: the driver's, or the chosen one until the driver reports. */
    public Optional<Mode> current() { return current.isPresent() ? current : wanted; }

    public void template(XmlNode fbTemplate) { this.template = fbTemplate; }

    /** Publishes the config for the size asked for last (or the template's); used at start-up. */
    public void publishCurrent() {
        settled = false;
        send();
    }

    /**
     * A touch calibration arrived (the touch_calibrator's report: a driver config holding
     * {@code <calibration>}); it becomes part of every config published from now on, starting at once.
     */
    public void calibration(XmlNode report) {
        Optional<XmlNode> found = report.is("calibration") ? Optional.of(report) : report.child("calibration");
        if (found.isEmpty() || found.equals(calibration)) return;
        calibration = found;
        send();
    }

    /** The driver reported its mode. */
    public void reported(Mode mode) {
        current = Optional.of(mode);
        if (wanted.isEmpty() || wanted.get().equals(mode)) settled = true;
        else if (settled) wanted = Optional.of(mode);
    }

    /** A press at {@code p} (menu coordinates); true if it chose a mode. */
    public boolean click(Point p) { return choose(menu.clicked(p)); }

    /** A key press; keys 1..9 choose the corresponding button. */
    public boolean key(int code) {
        if (code < Keycodes.KEY_1 || code > Keycodes.KEY_9) return false;
        return choose(menu.numbered(code - Keycodes.KEY_1 + 1));
    }

    private boolean choose(Optional<Mode> mode) {
        if (mode.isEmpty()) return false;
        wanted = mode;
        current = mode;
        settled = false;
        send();
        return true;
    }

    private void send() { publish.accept(FbConfig.of(template, wanted, calibration)); }
}
