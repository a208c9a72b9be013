package org.jenode.apps.calibrator;

import java.util.Optional;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.jenode.input.calibration.Affine;
import org.jenode.input.calibration.CalibrationFit;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code touch_calibrator}: a full-screen nitpicker view with one crosshair at a time. Each touch's raw
 * panel position (or a pointer press, at the last absolute pointer position) is recorded for the shown
 * target; after the last one the touches are fitted and, on success, the framebuffer driver's new config
 * is reported as {@code calibration}. A rejected fit shows its reason and starts over.
 *
 * <p>The fit is from the panel's own coordinates, which a touch carries next to its calibrated position
 * untouched by the driver's calibration and by nitpicker's clamping: however wrong the calibration the
 * driver runs with, even one that puts every touch off the screen, the new one replaces it.
 */
public final class TouchCalibrator implements Component {

    private final Env env;
    private final GuiBuffer gui;
    private final InputReader input;
    private final Reporter reporter;
    private final CalibrationPainter painter = new CalibrationPainter();
    private final XmlNode driver;
    /** With a trigger key the tool waits hidden until the key (a nitpicker global key) calls it up. */
    private final int trigger;
    private boolean shown;
    private final int points;
    private final Margin margin;
    private final double maxRms;
    private final CommandQueue commands;
    private ViewHandle view = ViewHandle.NONE;
    private CalibrationSession session;
    private Point pointer = Point.ORIGIN;
    private boolean touching;
    private String message = "";
    private boolean error;

    public TouchCalibrator(Env env) {
        this.env = env;
        XmlNode config = env.config().xml();
        this.points = config.intAttribute("points", 5);
        if (points < CalibrationFit.MIN_POINTS || points > CalibrationFit.MAX_POINTS) {
            throw config.error("points=\"" + points + "\" must be 3..9");
        }
        this.margin = Margin.parse(config, "margin", "10%");
        this.maxRms = config.doubleAttribute("max_error", CalibrationFit.DEFAULT_MAX_RMS_PX);
        this.driver = config.child("driver").orElse(XmlNode.builder("driver").build());
        String triggerName = config.attribute("trigger", null);
        this.trigger = triggerName == null ? Keycodes.KEY_UNKNOWN : Keycodes.code(triggerName);
        if (triggerName != null && trigger == Keycodes.KEY_UNKNOWN) throw config.error("unknown key trigger=\"" + triggerName + "\"");
        this.shown = triggerName == null;
        this.reporter = new Reporter(env, "calibration");

        // no buffer before the first mode: GuiBuffer pays for it then, and for every bigger one later
        this.gui = new GuiBuffer(env, "calibrator", new Mode(0, 0), false);
        this.commands = gui.commands();
        InputSession guiInput = gui.session().input();
        this.input = new InputReader(guiInput);
        guiInput.sigh(env.ep().handler(this::onInput));
        gui.session().modeSigh(env.ep().handler(this::onMode));
        onMode();
        // report_rom serves nothing until the first report: hand the driver its current config at once,
        // so that it runs with a valid config ROM (and today's calibration) while the user calibrates.
        reporter.report(CalibrationSession.driverConfig(driver, Affine.fromConfig(driver)));
    }

    /** (Re)builds buffer and view for the screen's current size; a new size means new targets. */
    private void onMode() {
        Mode mode = gui.screen();
        if (mode.width() == 0 || mode.height() == 0) return;
        gui.resize(mode, false);
        if (!view.valid()) {
            view = gui.createView(ViewHandle.NONE);
            commands.enqueue(new Command.Title(view, "touch calibration"));
        }
        session = new CalibrationSession(mode.area(), points, margin, maxRms);
        message = "";
        place();
        redraw();
    }

    /** Full screen and on top while shown; an empty view while waiting for the trigger. */
    private void place() {
        Rect geometry = shown ? Rect.of(gui.mode().area()) : new Rect(0, 0, 0, 0);
        commands.enqueue(new Command.Geometry(view, geometry)).enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
    }

    private void show(boolean show) {
        if (show == shown) return;
        shown = show;
        if (show) {
            session.restart();
            message = "";
            redraw();
        }
        place();
    }

    private void onInput() {
        for (InputEvent e : input.drain()) {
            if (e instanceof InputEvent.Press p && trigger != Keycodes.KEY_UNKNOWN
                    && (p.code() == trigger || (shown && p.code() == Keycodes.KEY_ESC))) {
                show(!shown);
                continue;
            }
            if (!shown) continue;
            switch (e) {
                case InputEvent.Touch t -> {
                    // One sample per finger down: later touch events of the same contact are movement.
                    if (!touching) take(new Point(t.rawX(), t.rawY()));
                    touching = true;
                }
                case InputEvent.TouchRelease _ -> touching = false;
                case InputEvent.AbsoluteMotion(int x, int y) -> pointer = new Point(x, y);
                case InputEvent.Press(int code) when code == Keycodes.BTN_LEFT || code == Keycodes.BTN_TOUCH -> take(pointer);
                default -> { }
            }
        }
    }

    private void take(Point raw) {
        if (session == null) return;
        if (session.done()) {
            // the result stays on screen until the next touch, which dismisses a triggered tool
            if (trigger != Keycodes.KEY_UNKNOWN) show(false);
            return;
        }
        if (!session.record(raw)) {
            redraw();
            return;
        }
        CalibrationFit.Result result = session.result();
        if (result instanceof CalibrationFit.Fitted fitted) {
            Affine calibration = fitted.affine();
            reporter.report(CalibrationSession.driverConfig(driver, calibration));
            message = String.format(java.util.Locale.ROOT, "calibrated (error %.1f px)", fitted.rmsError());
            error = false;
            env.log().info("calibrated: {} (rms {} px)", calibration, fitted.rmsError());
        } else {
            String reason = ((CalibrationFit.Rejected) result).reason();
            env.log().info("calibration rejected: {}", reason);
            message = reason;
            error = true;
            session.restart();
        }
        redraw();
    }

    private void redraw() {
        if (session == null) return; // no screen yet
        Optional<Point> target = session.currentTarget();
        painter.paint(gui.canvas(), target, session.step(), session.targets().size(), message, error);
        gui.refresh();
    }

    @Override public void close() {
        reporter.close();
    }
}
