package org.jenode.bench.latency;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code latency_client}, the focused client of the input-latency benchmark: one opaque view over the
 * whole screen, and an input handler that notes when it began and when its read of the batch returned,
 * then tells the benchmark through its {@link ArrivalSession} (after both times are taken, so the telling
 * is outside the measured path). The same component runs on threads and in a process of its own.
 */
final class LatencyClient implements Component {

    static final String BINARY = "latency_client";

    LatencyClient(Env env) {
        ArrivalSession arrivals = env.session(ArrivalSession.class, "arrivals");
        NitpickerSession gui = env.session(NitpickerSession.class, "", SessionArgs.ramQuota(64 * 1024));
        Mode screen = gui.mode();
        env.upgrade(gui, NitpickerSession.ramQuota(screen, false));
        gui.buffer(screen, false);
        InputSession input = gui.input();
        InputReader reader = new InputReader(input);
        input.sigh(env.ep().handler(() -> {
            long handler = System.nanoTime();
            reader.drain(e -> arrivals.arrived(e, handler, System.nanoTime()));
        }));
        ViewHandle view = gui.createView(ViewHandle.NONE);
        new CommandQueue(gui).enqueue(new Command.Geometry(view, Rect.of(screen.area())))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
    }
}
