package org.jenode.layouter;

import java.util.List;
import java.util.function.Consumer;
import org.jenode.base.Env;
import org.jenode.base.geometry.Rect;
import org.jenode.input.InputBatch;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.nitpicker.NitpickerSession;

/**
 * The input the wm hands its layouter (Genode 15.08 on): a GUI session at the wm, in the layouter role,
 * whose input carries the decorator's events in screen coordinates and the global key sequences
 * nitpicker routes to the decorator. Where no {@code displays} ROM is routed (Genode 15.08's configs
 * have none), the session's mode is the screen, as 15.08's layouter took it. The session is used for
 * nothing else: the layouter asks for no buffer and creates no view, so it never sees a pixel; clients'
 * input never reaches it.
 */
final class WmInput {

    private final Env env;
    private final NitpickerSession wm;
    private final InputSession input;

    WmInput(Env env, Consumer<List<InputEvent>> sink) {
        this.env = env;
        this.wm = env.session(NitpickerSession.class, "");
        this.input = wm.input();
        input.sigh(env.ep().handler(() -> {
            while (input.pending()) sink.accept(InputBatch.drain(input));
        }));
    }

    /** Hands {@code screen} the session's mode now and after each mode change. */
    void followMode(Consumer<Rect> screen) {
        wm.modeSigh(env.ep().handler(() -> screen.accept(Rect.of(wm.mode().area()))));
        screen.accept(Rect.of(wm.mode().area()));
    }
}
