package org.jenode.decorator;

import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/** One plain view of another nitpicker client, in one colour, that the test raises at will. */
final class AppView {

    private final Probe probe;
    private final ViewHandle view;
    private final CommandQueue commands;

    AppView(Probe probe, Rect where, int argb) {
        this.probe = probe;
        Mode mode = new Mode(where.width(), where.height());
        NitpickerSession gui = probe.onEp(env -> env.session(NitpickerSession.class, "",
                SessionArgs.ramQuota(NitpickerSession.ramQuota(mode, false) + 64 * 1024)));
        view = probe.onEp(_ -> {
            gui.buffer(mode, false);
            FramebufferSession fb = gui.framebuffer();
            new Canvas(fb.dataspace().ints(), mode.width(), mode.height()).fill(Rect.of(mode.area()), argb);
            fb.refresh(Rect.of(mode.area()));
            return gui.createView(ViewHandle.NONE);
        });
        commands = probe.onEp(_ -> new CommandQueue(gui));
        probe.onEp(_ -> {
            commands.enqueue(new Command.Geometry(view, where)).execute();
            return null;
        });
        raise();
    }

    /** To the very front of nitpicker's stack. */
    void raise() {
        probe.onEp(_ -> {
            commands.enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
            return null;
        });
    }
}
