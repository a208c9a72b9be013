package org.jenode.scenarios.wm;

import java.util.concurrent.atomic.AtomicInteger;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Probe;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * An application of the wm, acting through a probe as a resizable client does: one window, its buffer
 * filled with the client's colour inside a two-pixel edge of {@link #EDGE}, drawn anew at whatever size
 * the wm's mode signal asks for; a mode of 0x0 closes the window. So the screen shows whether the client
 * re-moded: the edge lies at the new size only in a buffer of the new size.
 */
final class WindowClient {

    static final int EDGE = 0xffffee00;
    /** Session bookkeeping (nitpicker's default donation) and buffers up to a 1024x768 screen. */
    private static final long QUOTA = 36 * 1024 + 4 * 1024 * 1024;

    final String name;
    final Probe probe;
    final int color;
    final AtomicInteger remodes = new AtomicInteger();
    private NitpickerSession gui;
    private CommandQueue commands;
    private ViewHandle view;
    private volatile Mode shown = new Mode(0, 0);
    private volatile boolean closed;

    WindowClient(String name, int color) {
        this.name = name;
        this.probe = new Probe(name);
        this.color = color;
    }

    /** Opens the session and a window of {@code size} titled {@code title}, and follows the wm's mode from then on. */
    WindowClient open(Mode size, String title) {
        probe.onEp(env -> {
            gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(QUOTA));
            commands = new CommandQueue(gui);
            view = gui.createView(ViewHandle.NONE);
            draw(size);
            commands.enqueue(new Command.Title(view, title)).enqueue(new Command.Geometry(view, Rect.of(size.area())))
                    .enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
            gui.modeSigh(env.ep().handler(this::modeChanged));
            return null;
        });
        return this;
    }

    /** The size of the client's buffer and window. */
    Mode shown() { return shown; }

    boolean closed() { return closed; }

    /** The client's code goes wrong: an exception escapes a signal handler, and init stops it as faulty. */
    void fault() {
        probe.onEp(env -> {
            env.ep().handler(() -> { throw new IllegalStateException("the test's client faults on purpose"); }).submit();
            return null;
        });
    }

    private void modeChanged() {
        Mode m = gui.mode();
        if (m.area().empty()) {
            gui.destroyView(view);
            closed = true;
            return;
        }
        if (m.equals(shown)) return;
        remodes.incrementAndGet();
        draw(m);
        commands.enqueue(new Command.Geometry(view, Rect.of(m.area()))).execute();
    }

    private void draw(Mode m) {
        gui.buffer(m, false);
        var ints = gui.framebuffer().dataspace().ints();
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                boolean edge = x < 2 || y < 2 || x >= m.width() - 2 || y >= m.height() - 2;
                ints.put(y * m.width() + x, edge ? EDGE : color);
            }
        }
        gui.framebuffer().refresh(Rect.of(m.area()));
        shown = m;
    }
}
