package org.jenode.apps.clock;

import java.time.LocalTime;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.apps.common.WindowMode;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Font;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code clock}: redraws on a periodic Timer signal; a config change moves or resizes the window. In a
 * window manager's window it redraws at the size the wm asks for (the face grows with the window) and
 * ends when its window is closed: a clock nobody sees has nothing left to do.
 */
public final class Clock implements Component {

    private final Env env;
    private final GuiBuffer gui;
    private final ViewHandle view;
    private final ClockPainter painter = new ClockPainter(Font.ofSize(14));
    private final WindowMode window;

    public Clock(Env env) {
        this.env = env;
        this.gui = new GuiBuffer(env, "", new Mode(200, 240), false);
        this.view = gui.createView(ViewHandle.NONE);
        gui.commands().enqueue(new Command.Title(view, "clock")).enqueue(new Command.ToFront(view, ViewHandle.NONE));
        configure();
        this.window = new WindowMode(env, gui.session(), gui.mode(), this::requested);
        TimerSession timer = env.session(TimerSession.class, "tick");
        timer.sigh(env.ep().handler(this::draw));
        timer.triggerPeriodic(1_000_000);
        env.config().sigh(env.ep().handler(() -> {
            env.config().update();
            configure();
            window.shown(gui.mode());
        }));
    }

    private void configure() {
        Mode size = Mode.of(painter.area(env.config().xml().intAttribute("size", 120)));
        if (!size.equals(gui.mode())) gui.resize(size, false);
        show();
    }

    private void requested(WindowMode.Request request) {
        switch (request) {
            case WindowMode.Request.Resize(Mode size) -> {
                Area min = painter.minimum();
                Mode fitting = new Mode(Math.max(min.width(), size.width()), Math.max(min.height(), size.height()));
                if (fitting.equals(gui.mode()) || gui.resizeIfAffordable(fitting, false)) show();
                window.shown(gui.mode());
            }
            case WindowMode.Request.Close() -> env.exit(0);
        }
    }

    /** Draws at the buffer's size and gives the view that size where the config places it. */
    private void show() {
        XmlNode config = env.config().xml();
        draw();
        gui.commands().enqueue(new Command.Geometry(view,
                Rect.of(new Point(config.intAttribute("xpos", 20), config.intAttribute("ypos", 40)), gui.mode().area()))).execute();
    }

    private void draw() {
        painter.paint(gui.canvas(), LocalTime.now());
        gui.refresh();
    }
}
