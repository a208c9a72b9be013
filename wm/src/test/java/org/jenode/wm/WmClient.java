package org.jenode.wm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

/** A GUI client acting through a probe, as an application under the wm would: one buffer, views, input, mode changes. */
final class WmClient {

    /** Session bookkeeping at the wm (nitpicker's default donation) plus room for a few buffers. */
    static final long QUOTA = 36 * 1024 + (1 << 20);

    final Probe probe;
    NitpickerSession session;
    CommandQueue commands;
    Mode mode;
    final AtomicInteger modeSignals = new AtomicInteger();
    /** When the client's input handler last ran (System.nanoTime), and how often it ran: for the latency benchmark. */
    volatile long lastArrival;
    final AtomicInteger arrivals = new AtomicInteger();
    private final List<InputEvent> received = new ArrayList<>();

    WmClient(Probe probe) { this.probe = probe; }

    /** Opens the session and declares a {@code w x h} buffer filled with {@code argb}. */
    WmClient open(int w, int h, int argb) { return open(QUOTA, w, h, argb); }

    WmClient open(long quota, int w, int h, int argb) {
        probe.onEp(env -> {
            session = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(quota));
            commands = new CommandQueue(session);
            session.input().sigh(env.ep().handler(() -> {
                List<InputEvent> batch = InputBatch.drain(session.input());
                synchronized (received) { received.addAll(batch); }
                lastArrival = System.nanoTime();
                arrivals.incrementAndGet();
            }));
            fill(new Mode(w, h), argb);
            return null;
        });
        return this;
    }

    /** Re-buffers at {@code m} and fills it with {@code argb}. */
    void fill(Mode m, int argb) {
        mode = m;
        session.buffer(m, false);
        var ints = session.framebuffer().dataspace().ints();
        for (int i = 0; i < m.width() * m.height(); i++) ints.put(i, argb);
        session.framebuffer().refresh(Rect.of(m.area()));
    }

    /** Paints {@code r} of the buffer in {@code argb} and refreshes it. */
    void paint(Rect r, int argb) {
        probe.onEp(env -> {
            var ints = session.framebuffer().dataspace().ints();
            for (int y = r.y(); y < r.bottom(); y++) for (int x = r.x(); x < r.right(); x++) ints.put(y * mode.width() + x, argb);
            session.framebuffer().refresh(r);
            return null;
        });
    }

    /** A top-level view (a window) where the client would like it, brought to front as a client would. */
    ViewHandle window(Rect at, String title) {
        return probe.onEp(env -> {
            ViewHandle v = session.createView(ViewHandle.NONE);
            commands.enqueue(new Command.Title(v, title)).enqueue(new Command.Geometry(v, at))
                    .enqueue(new Command.ToFront(v, ViewHandle.NONE)).execute();
            return v;
        });
    }

    ViewHandle child(ViewHandle parent, Rect at) {
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

    /**
     * Follows the wm's mode signal as a resizable application does: a new mode means a new buffer in
     * {@code argb} and the window at that size; 0x0 means "close" and the window goes.
     */
    void followModes(ViewHandle window, int argb) {
        probe.onEp(env -> {
            session.modeSigh(env.ep().handler(() -> {
                modeSignals.incrementAndGet();
                Mode m = session.mode();
                if (m.area().empty()) {
                    session.destroyView(window);
                    return;
                }
                fill(m, argb);
                commands.enqueue(new Command.Geometry(window, Rect.of(m.area()))).execute();
            }));
            return null;
        });
    }

    /** Counts mode signals without acting on them: a client that ignores what the wm asks. */
    void countModes() {
        probe.onEp(env -> {
            session.modeSigh(env.ep().handler(modeSignals::incrementAndGet));
            return null;
        });
    }

    Mode wmMode() { return probe.onEp(env -> session.mode()); }

    List<InputEvent> events() {
        synchronized (received) { return new ArrayList<>(received); }
    }

    void clearEvents() {
        synchronized (received) { received.clear(); }
    }
}
