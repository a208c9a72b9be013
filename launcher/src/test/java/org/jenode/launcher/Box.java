package org.jenode.launcher;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/** A test subsystem: a 100x60 box of its config's {@code color} at ({@code xpos}, {@code ypos}), repainted when the config changes. */
final class Box implements Component {

    private static final Mode SIZE = new Mode(100, 60);

    private final Env env;
    private final FramebufferSession fb;
    private final CommandQueue commands;
    private final ViewHandle view;

    Box(Env env) {
        this.env = env;
        NitpickerSession gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(64 * 1024 + NitpickerSession.ramQuota(SIZE, false)));
        gui.buffer(SIZE, false);
        fb = gui.framebuffer();
        commands = new CommandQueue(gui);
        view = gui.createView(ViewHandle.NONE);
        env.config().sigh(env.ep().handler(this::paint));
        paint();
    }

    private void paint() {
        env.config().update();
        XmlNode config = env.config().xml();
        new Canvas(fb.dataspace().ints(), SIZE.width(), SIZE.height()).fill(Rect.of(SIZE.area()), config.colorAttribute("color", 0xff00ff00));
        fb.refresh(Rect.of(SIZE.area()));
        commands.enqueue(new Command.Geometry(view, new Rect(config.intAttribute("xpos", 400), config.intAttribute("ypos", 40),
                SIZE.width(), SIZE.height()))).enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
    }
}
