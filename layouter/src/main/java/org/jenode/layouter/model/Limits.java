package org.jenode.layouter.model;

/**
 * Bounds on the numbers the layouter takes from its ROMs and input. Within them no geometry sum
 * overflows an int, and no client can make a window bigger than any screen there is.
 */
public final class Limits {

    /** The largest width or height of a window or screen, in pixels. */
    public static final int MAX_SIZE = 16384;

    /** The largest distance of a position from the origin, in pixels. */
    public static final int MAX_COORD = 1 << 20;

    /** The largest window id: the wm allocates ids from 1 to 1023. */
    public static final int MAX_ID = 1 << 20;

    private Limits() { }

    public static int coord(int pixels) { return Math.clamp(pixels, -MAX_COORD, MAX_COORD); }
}
