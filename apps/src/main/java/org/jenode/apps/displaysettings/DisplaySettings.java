package org.jenode.apps.displaysettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.apps.common.WindowMode;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Font;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code display_settings}: the resolution panel as a nitpicker client, glued to report and ROM. In a
 * window manager's window the panel fills the size the wm asks for. Closing the window takes the panel
 * off the screen but keeps the component: it still merges the touch calibrator's results into the
 * driver's config, which would otherwise stop changing.
 */
public final class DisplaySettings implements Component {

    static final List<Mode> DEFAULT_MODES = List.of(new Mode(800, 600), new Mode(1024, 768), new Mode(1280, 800), new Mode(1600, 900));

    private final Env env;
    private final GuiBuffer gui;
    private final ViewHandle view;
    private final AttachedRom modeRom;
    /** The touch_calibrator's report, when the config names it with {@code calibration_rom}. */
    private final Optional<AttachedRom> calibrationRom;
    private final SettingsController controller;
    private final WindowMode window;
    private final InputReader input;
    private boolean closed;
    private Point pointer = Point.ORIGIN;
    /** Where the panel sits: motion events come in domain coordinates, the menu counts from its corner. */
    private Point position = Point.ORIGIN;

    public DisplaySettings(Env env) {
        this.env = env;
        XmlNode config = env.config().xml();
        ResolutionMenu menu = new ResolutionMenu(modes(config), Font.ofSize(12));
        Reporter reporter = new Reporter(env, "fb_config");
        this.controller = new SettingsController(menu, template(config), reporter::report);
        this.modeRom = new AttachedRom(env, "mode");
        this.calibrationRom = Optional.ofNullable(config.attribute("calibration_rom", null)).map(name -> new AttachedRom(env, name));
        Mode size = Mode.of(menu.size());
        this.gui = new GuiBuffer(env, "", size, false);
        gui.resize(size, false);
        this.view = gui.createView(ViewHandle.NONE);
        gui.commands().enqueue(new Command.Title(view, "Display settings"));
        place(config);
        this.window = new WindowMode(env, gui.session(), gui.mode(), this::requested);

        modeRom.sigh(env.ep().handler(this::onModeReport));
        env.config().sigh(env.ep().handler(this::onConfig));
        this.input = new InputReader(gui.session().input());
        gui.session().input().sigh(env.ep().handler(this::onInput));
        calibrationRom.ifPresent(rom -> rom.sigh(env.ep().handler(this::onCalibration)));
        onModeReport();
        controller.publishCurrent();
        calibrationRom.ifPresent(rom -> onCalibration());
    }

    private static List<Mode> modes(XmlNode config) {
        List<Mode> modes = new ArrayList<>();
        for (XmlNode r : config.children("resolution")) modes.add(new Mode(r.intAttribute("width", 0), r.intAttribute("height", 0)));
        return modes.isEmpty() ? DEFAULT_MODES : modes;
    }

    private static XmlNode template(XmlNode config) { return config.child("fb").orElse(XmlNode.builder("fb").build()); }

    private void place(XmlNode config) {
        position = new Point(config.intAttribute("xpos", 40), config.intAttribute("ypos", 60));
        gui.commands().enqueue(new Command.Geometry(view, Rect.of(position, gui.mode().area())))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE))
                .execute();
    }

    private void onConfig() {
        env.config().update();
        controller.template(template(env.config().xml()));
        if (!closed) place(env.config().xml());
    }

    private void requested(WindowMode.Request request) {
        switch (request) {
            case WindowMode.Request.Resize(Mode size) -> {
                if (!closed && gui.resizeIfAffordable(size, false)) {
                    draw();
                    place(env.config().xml());
                }
                window.shown(gui.mode());
            }
            case WindowMode.Request.Close() -> {
                if (closed) return;
                closed = true;
                gui.session().destroyView(view);
                env.log().info("panel closed; the driver's config still follows the calibration");
            }
        }
    }

    /** The driver's mode report, {@code <mode width=".." height=".."/>}. */
    private void onModeReport() {
        modeRom.update();
        XmlNode m = modeRom.xml();
        int w = m.intAttribute("width", 0), h = m.intAttribute("height", 0);
        if (w > 0 && h > 0) controller.reported(new Mode(w, h));
        draw();
    }

    private void onCalibration() {
        AttachedRom rom = calibrationRom.orElseThrow();
        rom.update();
        if (rom.valid()) controller.calibration(rom.xml());
    }

    private void onInput() {
        boolean changed = false;
        for (InputEvent e : input.drain()) {
            switch (e) {
                case InputEvent.AbsoluteMotion(int x, int y) -> pointer = new Point(x, y);
                case InputEvent.Press(int code) when code == Keycodes.BTN_LEFT -> changed |= controller.click(pointer.minus(position));
                case InputEvent.Press(int code) -> changed |= controller.key(code);
                default -> { }
            }
        }
        if (changed) draw();
    }

    private void draw() {
        if (closed) return;
        controller.menu().paint(gui.canvas(), controller.current());
        gui.refresh();
    }
}
