package org.jenode.apps.clock;

import java.time.LocalTime;
import org.jenode.apps.common.GuiBuffer;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Font;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/** {@code clock}: redraws on a periodic Timer signal; a config change moves or resizes the window. */
public final class Clock implements Component {

    private final Env env;
    private final GuiBuffer gui;
    private final ViewHandle view;
    private ClockPainter painter;

    public Clock(Env env) {
        this.env = env;
        this.gui = new GuiBuffer(env, "", new Mode(200, 240), false);
        this.view = gui.createView(ViewHandle.NONE);
        gui.commands().enqueue(new Command.Title(view, "clock")).enqueue(new Command.ToFront(view, ViewHandle.NONE));
        configure();
        TimerSession timer = env.session(TimerSession.class, "tick");
        timer.sigh(env.ep().handler(this::draw));
        timer.triggerPeriodic(1_000_000);
        env.config().sigh(env.ep().handler(() -> {
            env.config().update();
            configure();
        }));
    }

    private void configure() {
        XmlNode config = env.config().xml();
        painter = new ClockPainter(config.intAttribute("size", 120), Font.ofSize(14));
        Mode size = Mode.of(painter.area());
        if (!size.equals(gui.mode())) gui.resize(size, false);
        gui.commands().enqueue(new Command.Geometry(view,
                Rect.of(new Point(config.intAttribute("xpos", 20), config.intAttribute("ypos", 40)), size.area()))).execute();
        draw();
    }

    private void draw() {
        painter.paint(gui.canvas(), LocalTime.now());
        gui.refresh();
    }
}
