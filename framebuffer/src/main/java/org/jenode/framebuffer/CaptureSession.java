package org.jenode.framebuffer;

import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.geometry.Rect;

/**
 * Reads back what the screen shows: for screenshots and for tests that check pixels. Only the party
 * that init routes to a driver's Capture service gets one; nitpicker's clients never do.
 */
@ServiceName(value = "Capture", ramQuota = 8 * 1024)
public interface CaptureSession extends Session {

    /** The mode of what the screen currently shows. */
    Mode mode();

    /** A copy of the visible pixels of {@code area} (ARGB, row by row), clipped to the screen. */
    int[] pixels(Rect area);

    /**
     * How many refreshes the driver has taken so far. fb_headless shows a refresh before the call
     * returns; a window driver hands it to its window, which shows it with its next pulse or swap.
     */
    long frames();
}
