package org.jenode.apps.hello;

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

/** {@code hello}: the smallest nitpicker client, the one the README shows. */
public final class Hello implements Component {

    public Hello(Env env) {
        Mode mode = new Mode(240, 80);
        // The client pays for its pixels: the session's donation covers the buffer and the view state.
        NitpickerSession gui = env.session(NitpickerSession.class, "",
                SessionArgs.ramQuota(NitpickerSession.ramQuota(mode, false) + 64 * 1024));
        gui.buffer(mode, false);
        FramebufferSession fb = gui.framebuffer();
        Canvas canvas = new Canvas(fb.dataspace().ints(), mode.width(), mode.height());
        canvas.fill(Rect.of(mode.area()), 0xff2a4d69);
        canvas.text(Font.ofSize(18), 24, 28, "Hello, Jenode", 0xffffffff);
        fb.refresh(Rect.of(mode.area()));

        ViewHandle view = gui.createView(ViewHandle.NONE);
        new CommandQueue(gui)
                .enqueue(new Command.Geometry(view, new Rect(env.config().xml().intAttribute("xpos", 100),
                        env.config().xml().intAttribute("ypos", 100), mode.width(), mode.height())))
                .enqueue(new Command.Title(view, "hello"))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE))
                .execute();
    }
}
