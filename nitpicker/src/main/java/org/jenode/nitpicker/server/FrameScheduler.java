package org.jenode.nitpicker.server;

import java.util.List;
import java.util.function.Supplier;

import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Rect;
import org.jenode.base.timer.TimerSession;

/**
 * When frames happen (Genode's main loop, spec 3.4): marked areas collect as dirty rectangles, and a
 * frame runs on every display sync, so that no client call ever waits for drawing and a flood of calls
 * costs one frame per tick. Until the display has shown that it ticks, a 10 ms one-shot timer armed by
 * the first mark stands in.
 */
final class FrameScheduler implements Damage {

    /** One frame: redraw and refresh {@code dirty} (possibly none), then tell the clients. */
    interface Frame {
        void run(List<Rect> dirty);
    }

    static final long STAND_IN_US = 10_000;

    private final DirtyRects dirty = new DirtyRects();
    private final TimerSession timer;
    private final Supplier<Area> screen;
    private final Frame frame;
    private boolean syncSeen;
    private boolean timerArmed;

    FrameScheduler(TimerSession timer, Supplier<Area> screen, Frame frame) {
        this.timer = timer;
        this.screen = screen;
        this.frame = frame;
    }

    @Override public void mark(Rect area) {
        if (area.empty()) return;
        dirty.add(area);
        if (!syncSeen && !timerArmed) {
            timerArmed = true;
            timer.triggerOnce(STAND_IN_US);
        }
    }

    /** The display's sync signal. */
    void sync() {
        syncSeen = true;
        runFrame();
    }

    /** The stand-in timer fired. */
    void timeout() {
        timerArmed = false;
        if (!syncSeen) runFrame();
    }

    private void runFrame() { frame.run(dirty.take(Rect.of(screen.get()))); }
}
