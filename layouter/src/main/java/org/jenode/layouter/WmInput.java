package org.jenode.layouter;

import java.util.List;
import java.util.function.Consumer;
import org.jenode.base.Env;
import org.jenode.base.geometry.Area;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.NitpickerSession;

/**
 * The input the wm hands its layouter (Genode 15.08 on): a GUI session at the wm, in the layouter role,
 * whose input carries the decorator's events in screen coordinates and the global key sequences
 * nitpicker routes to the decorator. Besides the input, only the session's mode is read: the size of the
 * nitpicker domain the windows share ({@link ScreenArea}). The layouter asks for no buffer and creates no
 * view, so it never sees a pixel; clients' input never reaches it.
 */
final class WmInput {

    private final InputReader reader;

    /** Hands {@code sink} each batch, one drain per signal: events that come while it runs signal again. */
    WmInput(Env env, Consumer<List<InputEvent>> sink, Consumer<Area> domain) {
        NitpickerSession wm = env.session(NitpickerSession.class, "");
        InputSession input = wm.input();
        this.reader = new InputReader(input);
        input.sigh(env.ep().handler(() -> {
            List<InputEvent> events = reader.drain();
            if (!events.isEmpty()) sink.accept(events);
        }));
        wm.modeSigh(env.ep().handler(() -> domain.accept(wm.mode().area())));
        domain.accept(wm.mode().area());
    }
}
