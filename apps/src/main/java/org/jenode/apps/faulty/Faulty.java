package org.jenode.apps.faulty;

import org.jenode.apps.common.GuiBuffer;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.gfx.Font;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;

/**
 * A window that asks to be clicked and then crashes on purpose: an exception escapes its input
 * handler, so its entrypoint stops and its parent hears of the fault. It shows what a fault looks like
 * to whoever started it (the launcher's entry turns red with the reason) and that nothing else suffers.
 */
public final class Faulty implements Component {

    static final Mode SIZE = new Mode(240, 90);

    private final GuiBuffer gui;

    public Faulty(Env env) {
        this.gui = new GuiBuffer(env, "", SIZE, false);
        gui.resize(SIZE, false);
        paint(gui.canvas());
        gui.refresh();
        ViewHandle view = gui.createView(ViewHandle.NONE);
        gui.commands().enqueue(new Command.Geometry(view, new Rect(env.config().xml().intAttribute("xpos", 120),
                        env.config().xml().intAttribute("ypos", 120), SIZE.width(), SIZE.height())))
                .enqueue(new Command.Title(view, "faulty"))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
        InputReader input = new InputReader(gui.session().input());
        gui.session().input().sigh(env.ep().handler(() -> {
            for (InputEvent e : input.drain())
                if (e instanceof InputEvent.Press) throw new IllegalStateException("faulty crashed on purpose: it was clicked");
        }));
    }

    static void paint(Canvas canvas) {
        canvas.fill(Rect.of(SIZE.area()), 0xff5a1f1f);
        canvas.drawRectFrame(Rect.of(SIZE.area()), 2, 0xffd9534f);
        canvas.text(Font.ofSize(15), 16, 22, "I am faulty.", 0xffffffff);
        canvas.text(Font.ofSize(13), 16, 50, "Click me and I crash.", 0xffffd0d0);
    }
}
