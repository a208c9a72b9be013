package org.jenode.nitpicker.server;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.jenode.input.InputEvent;

/**
 * Pointer motion merged within a window of {@value #WINDOW_US} us, as Genode's nitpicker merges the
 * motion events of one input period, but without holding back the first: a motion that comes after a
 * quiet window is handled at once and opens a window; motion within the window is held and merged
 * (the latest absolute position, the sum of relative moves after it) and handled once when the window
 * ends. Any other event is never merged nor reordered: it first lets held motion through, then goes
 * itself. A pointer that moves continuously therefore reaches the clients at 100 Hz at most, each
 * position as fresh as the window allows, and a single motion or key costs no wait at all. Used on
 * nitpicker's entrypoint.
 */
final class MotionMerge {

    static final long WINDOW_US = 10_000;

    /** Asks for {@link #windowEnded} after the given microseconds (a one-shot timer). */
    interface Alarm {
        void after(long microseconds);
    }

    private final LongSupplier nanoClock;
    private final Consumer<InputEvent> handler;
    private final Alarm alarm;
    /** When the current window ends, in {@link #nanoClock} time; in the past while none is open. */
    private long windowEnd;
    /** Held motion: the latest absolute position, if one came, and the relative moves after it. */
    private Optional<InputEvent.AbsoluteMotion> heldAbsolute = Optional.empty();
    private int heldDx, heldDy;
    private boolean held;

    MotionMerge(LongSupplier nanoClock, Consumer<InputEvent> handler, Alarm alarm) {
        this.nanoClock = nanoClock;
        this.handler = handler;
        this.alarm = alarm;
        this.windowEnd = nanoClock.getAsLong();
    }

    void offer(InputEvent event) {
        switch (event) {
            case InputEvent.AbsoluteMotion _, InputEvent.RelativeMotion _ -> motion(event);
            default -> {
                release();
                handler.accept(event);
            }
        }
    }

    /** The alarm rang: held motion goes now, and opens the next window. */
    void windowEnded() {
        if (!held) return; // a key let it through already; the window closes by itself
        long now = nanoClock.getAsLong();
        if (now - windowEnd < 0) {
            alarm.after(microsUntilWindowEnd(now)); // rang early
            return;
        }
        release();
        windowEnd = now + WINDOW_US * 1000;
    }

    private void motion(InputEvent motion) {
        long now = nanoClock.getAsLong();
        if (!held && now - windowEnd >= 0) {
            // The first motion after a quiet window: no wait.
            windowEnd = now + WINDOW_US * 1000;
            handler.accept(motion);
            return;
        }
        if (!held) alarm.after(microsUntilWindowEnd(now));
        hold(motion);
    }

    private long microsUntilWindowEnd(long now) { return Math.max(1, (windowEnd - now + 999) / 1000); }

    private void hold(InputEvent motion) {
        held = true;
        switch (motion) {
            case InputEvent.AbsoluteMotion a -> {
                heldAbsolute = Optional.of(a);
                heldDx = 0;
                heldDy = 0;
            }
            case InputEvent.RelativeMotion(int dx, int dy) -> {
                heldDx += dx;
                heldDy += dy;
            }
            default -> throw new IllegalArgumentException("not a motion: " + motion);
        }
    }

    /** Lets held motion through as at most one absolute and one relative motion, in that order. */
    private void release() {
        if (!held) return;
        held = false;
        heldAbsolute.ifPresent(handler);
        if (heldDx != 0 || heldDy != 0) handler.accept(new InputEvent.RelativeMotion(heldDx, heldDy));
        heldAbsolute = Optional.empty();
        heldDx = 0;
        heldDy = 0;
    }
}
