package org.jenode.bench;

import java.io.IOException;
import java.nio.IntBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * One pixel of a window driver's frame, read back from the X server ({@link XScreen}) rather than from
 * the driver: for fb_fx and fb_gl a refresh is done only when the X screen shows it. {@link #locate}
 * finds where the window put that pixel, wherever a window manager placed and decorated the window.
 */
final class ScreenProbe implements AutoCloseable {

    private static final int MARKER = 0x00c8ff;
    private static final int MARKER_SIZE = 8;
    /** Per colour channel, for a server that dithers or rounds. */
    private static final int TOLERANCE = 24;
    private static final long LOCATE_PAUSE_MS = 50;
    /**
     * Between two reads while waiting: a read is a round trip to the X server, and reading without pause
     * would take a CPU from the driver and the server it waits for (there are two here). This is also
     * about how late a change is seen.
     */
    static final long POLL_PAUSE_US = 200;

    private final XScreen screen;
    private final int x;
    private final int y;

    private ScreenProbe(XScreen screen, int x, int y) {
        this.screen = screen;
        this.x = x;
        this.y = y;
    }

    /**
     * Paints the frame black with a marker block around {@code pixel}, refreshes it whole and searches
     * the X screen of {@code display} until the marker appears.
     */
    static ScreenProbe locate(FbDesk desk, Point pixel, String display, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        IntBuffer frame = desk.pixels();
        for (int i = 0; i < FbDesk.WIDTH * FbDesk.HEIGHT; i++) frame.put(i, 0xff000000);
        int left = pixel.x() - MARKER_SIZE / 2, top = pixel.y() - MARKER_SIZE / 2;
        for (int row = top; row < top + MARKER_SIZE; row++)
            for (int column = left; column < left + MARKER_SIZE; column++) frame.put(row * FbDesk.WIDTH + column, 0xff000000 | MARKER);
        desk.refresh(new Rect(0, 0, FbDesk.WIDTH, FbDesk.HEIGHT));
        XScreen screen = XScreen.open(display);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Point marker = find(screen.pixels(0, 0, screen.width(), screen.height()), screen.width(), screen.height());
                if (marker != null) return new ScreenProbe(screen, marker.x() + MARKER_SIZE / 2, marker.y() + MARKER_SIZE / 2);
                if (System.nanoTime() > deadline)
                    throw new TimeoutException("pixel " + pixel.x() + "," + pixel.y() + " of the frame did not show on the X screen within "
                            + timeout.toSeconds() + " s: is that part of the window visible?");
                Thread.sleep(LOCATE_PAUSE_MS);
            }
        } catch (IOException | InterruptedException | TimeoutException | RuntimeException e) {
            screen.close();
            throw e;
        }
    }

    /** Waits until the probed pixel shows {@code argb} on the X screen. */
    void await(int argb, Duration timeout) throws IOException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!near(screen.pixel(x, y), argb)) {
            if (System.nanoTime() > deadline)
                throw new TimeoutException(String.format("the X screen did not show #%06x at %d,%d within %d s", argb & 0xffffff, x, y, timeout.toSeconds()));
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(POLL_PAUSE_US));
        }
    }

    @Override public void close() throws IOException { screen.close(); }

    /** The top left corner of the first marker block on the screen, or null. */
    private static Point find(int[] rgb, int width, int height) {
        for (int top = 0; top + MARKER_SIZE <= height; top++)
            for (int left = 0; left + MARKER_SIZE <= width; left++)
                if (near(rgb[top * width + left], MARKER) && block(rgb, width, left, top)) return new Point(left, top);
        return null;
    }

    private static boolean block(int[] rgb, int width, int left, int top) {
        for (int row = top; row < top + MARKER_SIZE; row++)
            for (int column = left; column < left + MARKER_SIZE; column++) if (!near(rgb[row * width + column], MARKER)) return false;
        return true;
    }

    private static boolean near(int rgb, int argb) {
        for (int shift = 0; shift < 24; shift += 8)
            if (Math.abs((rgb >> shift & 0xff) - (argb >> shift & 0xff)) > TOLERANCE) return false;
        return true;
    }
}
