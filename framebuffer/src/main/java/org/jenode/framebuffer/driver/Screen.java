package org.jenode.framebuffer.driver;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.Dataspace;
import org.jenode.base.RamAccount;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;

/**
 * A driver's screen: the current mode and its pixel buffer, the pending next mode, and the visible
 * front image that refreshed areas are copied into. Implements the server half of the mode-change handshake of
 * {@link org.jenode.framebuffer.FramebufferSession}: {@link #offer} records a new mode without touching
 * the current buffer, {@link #acknowledge} (the client's {@code dataspace()}) switches to it and retires
 * the old buffer (which the backend releases before it is freed). Used on the driver's entrypoint only.
 *
 * <p>The pixel buffer, which the client shares, is charged to the driver's own account. The front image
 * is the monitor's memory, as the SDL surface that Genode's fb_sdl copied refreshes into was libSDL's and
 * no RAM quota's: it belongs to the host, costs the host what the buffer costs the driver, and exists only
 * for a buffer the driver could pay for. So a screen needs one buffer of quota, as it did in Genode.
 *
 * <p>Only Capture and screenshots look at the front image. While somebody may look ({@link #watch}: a
 * Capture session is open, a screenshot is configured), every refresh copies its area at once, so a
 * look never sees a frame half drawn. While nobody may, a refresh only notes its area, and the copy
 * waits for the first look: on a desktop whose window shows the buffer itself, and on a headless screen
 * nobody watches, copying at every refresh cost a whole screen copy per frame, on the driver's core, of
 * pixels the client's core had just written; measured, it made the client's next frame 2.5 times
 * slower as well, the cache lines going back and forth between the cores.
 */
public final class Screen {

    /** How many distinct refreshed areas wait for a look at most before they are copied anyway. */
    private static final int UNSEEN_LIMIT = 64;

    private final RamAccount ram;
    private Mode mode;
    private Dataspace pixels;
    /** What was last refreshed: what Capture reads and screenshots show. */
    private IntBuffer front;
    /** Areas refreshed since the front image was last brought up to date, none inside another. */
    private final List<Rect> unseen = new ArrayList<>();
    /** How many may look at the front image: see {@link #watch}. */
    private int watchers;
    private Mode pending;
    private long frames;

    public Screen(RamAccount ram, Mode initial) {
        this.ram = ram;
        this.mode = initial;
        this.pixels = ram.allocate(initial.bytes());
        this.front = monitor(initial);
    }

    /** The mode currently in effect. */
    public Mode mode() { return mode; }

    /** The buffer of the current mode. */
    public Dataspace pixels() { return pixels; }

    /** The mode the next {@link #acknowledge} switches to: the pending one, else the current one. */
    public Mode nextMode() { return pending != null ? pending : mode; }

    public Optional<Mode> pending() { return Optional.ofNullable(pending); }

    /**
     * Records {@code next} as the mode to switch to. Returns false if it changes nothing (it equals the
     * mode that the next acknowledge would bring anyway).
     */
    public boolean offer(Mode next) {
        if (next.equals(nextMode())) return false;
        pending = next.equals(mode) ? null : next;
        // Back to the current mode before the client acknowledged: still a change the client must hear of,
        // because it may have read mode() in between.
        return true;
    }

    /**
     * The client's {@code dataspace()}: switches to the pending mode if there is one and returns the
     * buffer it retired, which the backend may still be reading: free it once the backend released it.
     */
    public Optional<Dataspace> acknowledge() {
        if (pending == null) return Optional.empty();
        Mode next = pending;
        // Allocate first: if the quota is exhausted the old mode stays in effect, intact.
        Dataspace nextPixels = ram.allocate(next.bytes());
        Dataspace retired = pixels;
        pixels = nextPixels;
        front = monitor(next);
        unseen.clear();
        mode = next;
        pending = null;
        return Optional.of(retired);
    }

    /** Makes {@code area} of the current buffer visible; returns the part of it inside the screen. */
    public Rect refresh(Rect area) {
        Rect clipped = area.intersection(Rect.of(mode.area()));
        frames++;
        if (clipped.empty()) return clipped;
        if (watchers > 0) {
            copy(clipped);
            return clipped;
        }
        for (Rect r : unseen) if (r.contains(clipped)) return clipped;
        for (int i = unseen.size() - 1; i >= 0; i--) if (clipped.contains(unseen.get(i))) unseen.remove(i);
        unseen.add(clipped);
        if (unseen.size() == UNSEEN_LIMIT) show(); // many small refreshes: each is copied once, as before
        return clipped;
    }

    /**
     * Somebody may look at the front image from now on (a Capture session, a screenshot to take): it is
     * brought up to date, and each refresh copies at once until as many {@link #unwatch}es came.
     */
    public void watch() {
        if (watchers++ == 0) show();
    }

    public void unwatch() {
        if (watchers > 0) watchers--;
    }

    /** Copies every area refreshed since the last look into the front image. */
    private void show() {
        for (Rect r : unseen) copy(r);
        unseen.clear();
    }

    private void copy(Rect r) {
        IntBuffer from = pixels.ints(), to = front;
        int w = mode.width();
        for (int y = r.y(); y < r.bottom(); y++) {
            int at = y * w + r.x();
            to.put(at, from, at, r.width());
        }
    }

    public long frames() { return frames; }

    /** A copy of the visible pixels of {@code area}, clipped to the screen, row by row. */
    public int[] visible(Rect area) {
        show();
        Rect clipped = area.intersection(Rect.of(mode.area()));
        int[] out = new int[clipped.width() * clipped.height()];
        IntBuffer from = front;
        for (int row = 0; row < clipped.height(); row++)
            from.get((clipped.y() + row) * mode.width() + clipped.x(), out, row * clipped.width(), clipped.width());
        return out;
    }

    /** The monitor's image of {@code mode}, black. */
    private static IntBuffer monitor(Mode mode) { return IntBuffer.allocate(mode.width() * mode.height()); }
}
