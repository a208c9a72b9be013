package org.jenode.loader.server;

import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;

/** The client's own view, one colour, which the test moves; the subsystem's view nests in it. Use it on the client's entrypoint. */
final class ClientView {

    final NitpickerSession gui;
    final ViewHandle view;
    private final CommandQueue commands;
    private final Mode mode;
    private final InputReader reader;

    ClientView(Env env, Rect rect, int rgb) {
        mode = Mode.of(rect.area());
        gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(64 * 1024 + NitpickerSession.ramQuota(mode, false)));
        gui.buffer(mode, false);
        reader = new InputReader(gui.input());
        FramebufferSession fb = gui.framebuffer();
        new Canvas(fb.dataspace().ints(), mode.width(), mode.height()).fill(Rect.of(mode.area()), 0xff000000 | rgb);
        fb.refresh(Rect.of(mode.area()));
        commands = new CommandQueue(gui);
        view = gui.createView(ViewHandle.NONE);
        commands.enqueue(new Command.ToFront(view, ViewHandle.NONE));
        move(rect);
    }

    ViewCapability capability() { return gui.viewCapability(view); }

    void move(Rect rect) { commands.enqueue(new Command.Geometry(view, Rect.of(rect.position(), mode.area()))).execute(); }

    /** Whatever input reached the client so far. */
    java.util.List<InputEvent> input() { return reader.drain(); }
}
