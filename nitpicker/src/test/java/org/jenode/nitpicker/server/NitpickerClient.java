package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.List;

import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputBatch;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/** A test Nitpicker client acting through a probe: one buffer, views onto it, collected input events. */
final class NitpickerClient {

    final Probe probe;
    NitpickerSession session;
    CommandQueue commands;
    Mode mode;
    final List<InputEvent> received = new ArrayList<>();

    NitpickerClient(Probe probe) { this.probe = probe; }

    /** Opens the session with {@code quota} and declares a {@code w x h} buffer filled with {@code argb}. */
    NitpickerClient open(long quota, int w, int h, boolean alpha, int argb) { return open("", quota, w, h, alpha, argb); }

    /** {@link #open(long, int, int, boolean, int)} with the session label {@code label} below the probe's name. */
    NitpickerClient open(String label, long quota, int w, int h, boolean alpha, int argb) {
        probe.onEp(env -> {
            session = env.session(NitpickerSession.class, label, SessionArgs.ramQuota(quota));
            commands = new CommandQueue(session);
            session.input().sigh(env.ep().handler(() -> {
                synchronized (received) { received.addAll(InputBatch.drain(session.input())); }
            }));
            mode = new Mode(w, h);
            session.buffer(mode, alpha);
            var ints = session.framebuffer().dataspace().ints();
            for (int i = 0; i < w * h; i++) ints.put(i, argb);
            if (alpha) {
                var bytes = session.framebuffer().dataspace().bytes();
                for (int i = 0; i < w * h; i++) bytes.put(w * h * 4 + i, (byte) 1);
            }
            return null;
        });
        return this;
    }

    ViewHandle view(ViewHandle parent, Rect at) {
        return probe.onEp(env -> {
            ViewHandle v = session.createView(parent);
            commands.enqueue(new Command.Geometry(v, at)).enqueue(new Command.ToFront(v, ViewHandle.NONE)).execute();
            return v;
        });
    }

    void run(Command... cs) {
        probe.onEp(env -> {
            for (Command c : cs) commands.enqueue(c);
            commands.execute();
            return null;
        });
    }

    void paint(Rect r, int argb) {
        paintSilently(r, argb);
        refresh(r);
    }

    /** Changes the buffer without telling nitpicker: the screen shows it only where nitpicker redraws. */
    void paintSilently(Rect r, int argb) {
        probe.onEp(env -> {
            var ints = session.framebuffer().dataspace().ints();
            for (int y = r.y(); y < r.bottom(); y++) for (int x = r.x(); x < r.right(); x++) ints.put(y * mode.width() + x, argb);
            return null;
        });
    }

    void refresh(Rect r) {
        probe.onEp(env -> {
            session.framebuffer().refresh(r);
            return null;
        });
    }

    List<InputEvent> events() {
        synchronized (received) { return new ArrayList<>(received); }
    }

    void clearEvents() {
        synchronized (received) { received.clear(); }
    }
}
