package org.jenode.wm;

import java.util.HashMap;
import java.util.Map;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * Stands in for the decorator, speaking its part of the protocol exactly: one screen-sized buffer in
 * the frame colour, per window a frame view and a content placeholder titled with the window id,
 * stacked like Genode's decorator does (content first, the frame directly behind it); it reads the
 * {@code pointer} ROM.
 */
final class DecoratorProbe {

    static final int BORDER = 4;

    final Probe probe;
    NitpickerSession session;
    private CommandQueue commands;
    private final Map<Integer, ViewHandle[]> windows = new HashMap<>();

    DecoratorProbe(Probe probe) { this.probe = probe; }

    void open(int width, int height, int argb) {
        probe.onEp(env -> {
            windows.clear();
            Mode screen = new Mode(width, height);
            session = env.session(NitpickerSession.class, "",
                    SessionArgs.ramQuota(36 * 1024 + NitpickerSession.ramQuota(screen, false)));
            commands = new CommandQueue(session);
            session.buffer(screen, false);
            var ints = session.framebuffer().dataspace().ints();
            for (int i = 0; i < width * height; i++) ints.put(i, argb);
            session.framebuffer().refresh(Rect.of(screen.area()));
            return null;
        });
    }

    /** Puts window {@code id}'s content at {@code content} and raises the window to the front. */
    void place(int id, Rect content) {
        probe.onEp(env -> {
            ViewHandle[] views = windows.computeIfAbsent(id, _ -> {
                ViewHandle frame = session.createView(ViewHandle.NONE), placeholder = session.createView(ViewHandle.NONE);
                commands.enqueue(new Command.Title(placeholder, String.valueOf(id)));
                return new ViewHandle[] {frame, placeholder};
            });
            Rect outer = content.grown(BORDER);
            commands.enqueue(new Command.Geometry(views[0], outer))
                    .enqueue(new Command.Offset(views[0], new org.jenode.base.geometry.Point(-outer.x(), -outer.y())))
                    .enqueue(new Command.Geometry(views[1], content))
                    .enqueue(new Command.ToFront(views[1], ViewHandle.NONE))
                    .enqueue(new Command.ToBack(views[0], views[1])).execute();
            return null;
        });
    }

    /** The window left the layout: its views go. */
    void remove(int id) {
        probe.onEp(env -> {
            ViewHandle[] views = windows.remove(id);
            if (views != null) for (ViewHandle v : views) session.destroyView(v);
            return null;
        });
    }

    /** Waits for the {@code pointer} ROM, which the wm publishes. */
    XmlNode awaitPointer(String what, java.util.function.Predicate<XmlNode> until) {
        return Await.answer("pointer: " + what, () -> probe.rom("pointer"), until);
    }
}
