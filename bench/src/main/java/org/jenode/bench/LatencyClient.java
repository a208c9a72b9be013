package org.jenode.bench;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewHandle;

/**
 * The focused client of the input-latency benchmark: one opaque view over the whole screen, and an input
 * handler that notes the time at which each event reached it (after its flush, as any client's handler
 * has its events) before it tells the benchmark.
 */
final class LatencyClient implements Component {

    static final String BINARY = "latency_client";

    /** Where the client tells of an event that reached its handler; called on the client's entrypoint. */
    interface Arrivals {
        void arrived(InputEvent event, long nanoTime);
    }

    LatencyClient(Env env, Mode screen, Arrivals arrivals) {
        NitpickerSession gui = env.session(NitpickerSession.class, "",
                SessionArgs.ramQuota(64 * 1024 + NitpickerSession.ramQuota(screen, false)));
        gui.buffer(screen, false);
        InputSession input = gui.input();
        InputReader reader = new InputReader(input);
        input.sigh(env.ep().handler(() -> {
            var events = reader.drain();
            long now = System.nanoTime();
            for (InputEvent e : events) arrivals.arrived(e, now);
        }));
        ViewHandle view = gui.createView(ViewHandle.NONE);
        new CommandQueue(gui).enqueue(new Command.Geometry(view, Rect.of(screen.area())))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
    }
}
