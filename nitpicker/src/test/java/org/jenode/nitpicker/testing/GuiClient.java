package org.jenode.nitpicker.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.input.InputEvent;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * A GUI client acting through a probe, as an application would, of nitpicker or of anything that serves
 * its session (the wm): one buffer in one colour, views onto it, the input it receives, the mode
 * signals it gets. Everything it does runs on the probe's entrypoint.
 */
public final class GuiClient {

    /** Session bookkeeping at the server (nitpicker's default donation) plus room for a few buffers. */
    public static final long QUOTA = 36 * 1024 + (1 << 20);

    private final Probe probe;
    private final List<InputEvent> received = new ArrayList<>();
    private final AtomicInteger modeSignals = new AtomicInteger();
    private volatile Consumer<List<InputEvent>> listener = _ -> { };
    private NitpickerSession session;
    private CommandQueue commands;
    private Mode mode;

    public GuiClient(Probe probe) { this.probe = probe; }

    public Probe probe() { return probe; }

    /** The session, for calls the test makes itself (on {@code probe().onEp}). */
    public NitpickerSession session() { return session; }

    public CommandQueue commands() { return commands; }

    /** Opens the session with {@link #QUOTA} and declares an opaque {@code w x h} buffer filled with {@code argb}. */
    public GuiClient open(int w, int h, int argb) { return open(QUOTA, w, h, false, argb); }

    public GuiClient open(long quota, int w, int h, int argb) { return open(quota, w, h, false, argb); }

    /**
     * Opens the session with {@code quota} and declares a {@code w x h} buffer filled with {@code argb};
     * with {@code alpha}, every pixel also takes input (its input mask is set).
     */
    public GuiClient open(long quota, int w, int h, boolean alpha, int argb) { return open("", quota, w, h, alpha, argb); }

    /** {@link #open(long, int, int, boolean, int)} with the session label {@code label} below the probe's name. */
    public GuiClient open(String label, long quota, int w, int h, boolean alpha, int argb) {
        probe.onEp(env -> {
            session = env.session(NitpickerSession.class, label, SessionArgs.ramQuota(quota));
            commands = new CommandQueue(session);
            InputReader reader = new InputReader(session.input());
            session.input().sigh(env.ep().handler(() -> {
                List<InputEvent> batch = reader.drain();
                synchronized (received) { received.addAll(batch); }
                listener.accept(batch);
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

    /** Re-buffers at {@code m}, opaque, fills it with {@code argb} and refreshes it; on the probe's entrypoint. */
    private void fill(Mode m, int argb) {
        mode = m;
        session.buffer(m, false);
        var ints = session.framebuffer().dataspace().ints();
        for (int i = 0; i < m.width() * m.height(); i++) ints.put(i, argb);
        session.framebuffer().refresh(Rect.of(m.area()));
    }

    /** Paints {@code r} of the buffer in {@code argb} and refreshes it. */
    public void paint(Rect r, int argb) {
        paintSilently(r, argb);
        refresh(r);
    }

    /** Changes the buffer without telling the server: the screen shows it only where the server redraws. */
    public void paintSilently(Rect r, int argb) {
        probe.onEp(_ -> {
            var ints = session.framebuffer().dataspace().ints();
            for (int y = r.y(); y < r.bottom(); y++) for (int x = r.x(); x < r.right(); x++) ints.put(y * mode.width() + x, argb);
            return null;
        });
    }

    /** Tells the server that {@code r} of the buffer changed. */
    public void refresh(Rect r) {
        probe.onEp(_ -> {
            session.framebuffer().refresh(r);
            return null;
        });
    }

    /** A view at {@code at} (relative to {@code parent}, or top-level with {@link ViewHandle#NONE}), brought to front. */
    public ViewHandle view(ViewHandle parent, Rect at) {
        return probe.onEp(_ -> {
            ViewHandle v = session.createView(parent);
            commands.enqueue(new Command.Geometry(v, at)).enqueue(new Command.ToFront(v, ViewHandle.NONE)).execute();
            return v;
        });
    }

    /** A titled top-level view (under the wm, a window) where the client would like it, brought to front. */
    public ViewHandle window(Rect at, String title) {
        return probe.onEp(_ -> {
            ViewHandle v = session.createView(ViewHandle.NONE);
            commands.enqueue(new Command.Title(v, title)).enqueue(new Command.Geometry(v, at))
                    .enqueue(new Command.ToFront(v, ViewHandle.NONE)).execute();
            return v;
        });
    }

    public void run(Command... cs) {
        probe.onEp(_ -> {
            for (Command c : cs) commands.enqueue(c);
            commands.execute();
            return null;
        });
    }

    /**
     * Follows the server's mode signal as a resizable application does: a new mode means a new buffer
     * in {@code argb} and {@code window} at that size; 0x0 means "close" and the window goes.
     */
    public void followModes(ViewHandle window, int argb) {
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

    /** Counts mode signals without acting on them: a client that ignores what the server asks. */
    public void countModes() {
        probe.onEp(env -> {
            session.modeSigh(env.ep().handler(modeSignals::incrementAndGet));
            return null;
        });
    }

    /** How many mode signals arrived, once {@link #followModes} or {@link #countModes} listens. */
    public int modeSignals() { return modeSignals.get(); }

    /** The mode the server offers now (not the buffer's). */
    public Mode serverMode() { return probe.onEp(_ -> session.mode()); }

    /** Also hands every batch of input to {@code listener}, on the probe's entrypoint as it arrives (a benchmark times it). */
    public void onInput(Consumer<List<InputEvent>> listener) { this.listener = listener; }

    public List<InputEvent> events() {
        synchronized (received) { return new ArrayList<>(received); }
    }
}
