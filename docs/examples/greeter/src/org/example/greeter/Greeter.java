package org.example.greeter;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/** A component written outside Jenode's tree: one window in the colour its config names. */
public final class Greeter implements Component {

    public Greeter(Env env) {
        Mode mode = new Mode(200, 60);
        NitpickerSession gui = env.session(NitpickerSession.class, "",
                SessionArgs.ramQuota(NitpickerSession.ramQuota(mode, false) + 64 * 1024));
        gui.buffer(mode, false);
        FramebufferSession fb = gui.framebuffer();
        Canvas canvas = new Canvas(fb.dataspace().ints(), mode.width(), mode.height());
        int colour = Integer.parseUnsignedInt(env.config().xml().attribute("color", "#7a3b8f").substring(1), 16);
        canvas.fill(Rect.of(mode.area()), 0xff000000 | colour);
        canvas.text(Font.ofSize(16), 16, 22, "Greetings from a jar", 0xffffffff);
        fb.refresh(Rect.of(mode.area()));

        ViewHandle view = gui.createView(ViewHandle.NONE);
        new CommandQueue(gui)
                .enqueue(new Command.Geometry(view, new Rect(env.config().xml().intAttribute("xpos", 40),
                        env.config().xml().intAttribute("ypos", 40), mode.width(), mode.height())))
                .enqueue(new Command.Title(view, "greeter"))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE))
                .execute();
    }
}
