package org.jenode.loader.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * The test's subsystem: one view of {@code width} x {@code height} at ({@code xpos}, {@code ypos}),
 * filled with {@code color}; it repaints when its config changes. What input it gets it records (in
 * {@link #seen}, which the test reads); a press with {@code fault_on_click="yes"} makes it fault.
 */
final class Painter implements Component {

    /** The events every painter saw, as text, for the test to look at. */
    static final List<String> seen = new CopyOnWriteArrayList<>();

    private final Env env;
    private final NitpickerSession gui;
    private final CommandQueue commands;
    private final ViewHandle view;
    private final InputReader reader;
    private FramebufferSession fb;
    private Mode mode = new Mode(0, 0);

    static Binary binary() { return new Binary("painter", Painter::new); }

    Painter(Env env) {
        this.env = env;
        this.gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(256 * 1024));
        this.commands = new CommandQueue(gui);
        this.view = gui.createView(ViewHandle.NONE);
        env.config().sigh(env.ep().handler(this::configure));
        this.reader = new InputReader(gui.input());
        gui.input().sigh(env.ep().handler(this::input));
        configure();
    }

    private void configure() {
        env.config().update();
        XmlNode config = env.config().xml();
        Mode wanted = new Mode(config.intAttribute("width", 80), config.intAttribute("height", 60));
        if (!wanted.equals(mode)) {
            env.upgrade(gui, NitpickerSession.ramQuota(wanted, false));
            gui.buffer(wanted, false);
            fb = gui.framebuffer();
            mode = wanted;
        }
        Canvas canvas = new Canvas(fb.dataspace().ints(), mode.width(), mode.height());
        canvas.fill(Rect.of(mode.area()), config.colorAttribute("color", 0xffff0000));
        fb.refresh(Rect.of(mode.area()));
        commands.enqueue(new Command.Geometry(view, new Rect(config.intAttribute("xpos", 0), config.intAttribute("ypos", 0),
                        mode.width(), mode.height())))
                .enqueue(new Command.Title(view, "painter"))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
    }

    private void input() {
        for (InputEvent e : reader.drain()) {
            seen.add(env.label() + " " + e);
            if (e instanceof InputEvent.Press && env.config().xml().boolAttribute("fault_on_click", false))
                throw new IllegalStateException("the painter was told to fault on a click");
        }
    }
}
