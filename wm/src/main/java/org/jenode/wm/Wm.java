package org.jenode.wm;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Area;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.nitpicker.NitpickerSession;

/**
 * The window manager component: serves Nitpicker sessions by role, reports {@code window_list},
 * {@code pointer} and {@code focus_request}, and follows the ROMs {@code focus} and
 * {@code resize_request} that the layouter publishes.
 */
public final class Wm implements Component {

    private final Env env;
    private final AttachedRom focus;
    private final AttachedRom resize;
    private final AppSessions sessions;
    private final LayouterInput layouter;
    private final CloseTimer closeTimer;
    private WmConfig config;

    public Wm(Env env) {
        this.env = env;
        this.config = WmConfig.parse(env.config().xml(), env.log()::warn);
        env.config().sigh(env.ep().handler(this::configChanged));
        WindowRegistry windows = new WindowRegistry(new Reporter(env, "window_list"));
        windows.flush();
        this.layouter = new LayouterInput(env.ram(), new Reporter(env, "pointer"), this::released);
        Shared shared = new Shared(env, windows, new ViewCapabilities(), layouter);
        NitpickerSession own = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(Payment.REAL_BASE));
        this.sessions = new AppSessions(shared, own, new Reporter(env, "focus_request"));
        this.closeTimer = new CloseTimer(env.session(TimerSession.class, ""), config.closeTimeout(),
                sessions::closeIfIgnored, env.ep());
        this.focus = new AttachedRom(env, "focus");
        this.resize = new AttachedRom(env, "resize_request");
        focus.sigh(env.ep().handler(this::focusChanged));
        resize.sigh(env.ep().handler(this::resizeRequested));
        env.announce(NitpickerSession.class, request -> switch (config.roleOf(request.label())) {
            case WINDOWED -> sessions.windowed(request.label(), request.quota());
            case DECORATOR -> sessions.decorator(request.label(), request.quota());
            case LAYOUTER -> new LayouterSession(shared, request.label(), request.quota());
            case DIRECT -> sessions.direct(request.label(), request.quota());
        });
    }

    /** New policies apply to sessions opened from now on; a session keeps the role it was given. */
    private void configChanged() {
        env.config().update();
        config = WmConfig.parse(env.config().xml(), env.log()::warn);
        closeTimer.timeout(config.closeTimeout());
    }

    /** {@code <focus><window id="N"/></focus>} (Genode 15.08). */
    private void focusChanged() {
        focus.update();
        try {
            focus.xml().child("window").ifPresent(w -> sessions.focus(w.intAttribute("id", 0)));
        } catch (XmlException e) {
            env.log().warn("ignoring focus: {}", e.getMessage());
        }
    }

    /** Nothing is held on the decorator any more: the focus nitpicker refused meanwhile is given again. */
    private void released() { sessions.refocus(); }

    /** {@code <resize_request><window id="N" width="W" height="H"/>...</resize_request>}; 0x0 asks to close. */
    private void resizeRequested() {
        resize.update();
        try {
            for (XmlNode w : resize.xml().children("window")) {
                int id = w.intAttribute("id", 0), width = w.intAttribute("width", 0), height = w.intAttribute("height", 0);
                if (width < 0 || height < 0) throw w.error("negative size " + width + "x" + height);
                Area size = new Area(width, height);
                if (sessions.resize(id, size) && size.empty()) closeTimer.start(id);
            }
        } catch (XmlException e) {
            env.log().warn("ignoring resize request: {}", e.getMessage());
        }
    }

    @Override public void close() { layouter.close(); }
}
