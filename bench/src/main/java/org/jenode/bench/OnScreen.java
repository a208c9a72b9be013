package org.jenode.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * A window driver (fb_fx, fb_gl) whose refreshes can be followed to the X screen. A followed refresh
 * first writes a new colour into the probed pixel, alternating between two, so the screen shows that
 * colour only once this refresh is on it (the one before was waited for). The pixel sits at the centre
 * of the frame, inside every rectangle the benchmark refreshes.
 */
final class OnScreen implements AutoCloseable {

    static final Point PROBE = new Point(FbDesk.WIDTH / 2, FbDesk.HEIGHT / 2);
    private static final int[] COLOURS = {0xff20c040, 0xffc02040};
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final FbDesk desk;
    private final ScreenProbe probe;
    private int next;

    private OnScreen(FbDesk desk, ScreenProbe probe) {
        this.desk = desk;
        this.probe = probe;
    }

    /** Starts {@code driver} and finds its window on the X screen of {@code DISPLAY}. */
    static OnScreen start(String driver) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null) throw new IllegalStateException("no DISPLAY for " + driver);
        FbDesk desk = FbDesk.start(driver);
        try {
            return new OnScreen(desk, ScreenProbe.locate(desk, PROBE, display, TIMEOUT));
        } catch (Exception | Error e) {
            desk.close();
            throw e;
        }
    }

    /** The refresh call alone: returns when the driver's entrypoint has handed it to the window's thread. */
    void refresh(Rect area) { desk.refresh(area); }

    /** Refreshes {@code area} and returns when the X screen shows it. */
    void refreshShown(Rect area) throws IOException, TimeoutException {
        if (!area.contains(PROBE)) throw new IllegalArgumentException(area + " does not contain the probed pixel " + PROBE);
        int colour = COLOURS[next];
        next ^= 1;
        desk.pixels().put(PROBE.y() * FbDesk.WIDTH + PROBE.x(), colour);
        desk.refresh(area);
        probe.await(colour, TIMEOUT);
    }

    @Override public void close() throws IOException {
        try {
            probe.close();
        } finally {
            desk.close();
        }
    }
}
