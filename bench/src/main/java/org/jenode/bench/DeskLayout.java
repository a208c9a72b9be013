package org.jenode.bench;

import org.jenode.base.geometry.Rect;

/**
 * The scene every composition benchmark draws, whatever draws it: 800x600 clients cascading over a
 * 1920x1080 screen so that each overlaps the ones before it, every third one translucent.
 */
final class DeskLayout {

    static final int SCREEN_WIDTH = 1920;
    static final int SCREEN_HEIGHT = 1080;
    static final int CLIENT_WIDTH = 800;
    static final int CLIENT_HEIGHT = 600;
    /** The screen colour where no client is (nitpicker's default background). */
    static final int BACKGROUND = 0xff192532;

    private DeskLayout() { }

    /** Where client {@code i} of the front ones sits (the steps are primes, so no two coincide). */
    static Rect client(int i) {
        return new Rect((i * 97) % (SCREEN_WIDTH - CLIENT_WIDTH), (i * 53) % (SCREEN_HEIGHT - CLIENT_HEIGHT),
                CLIENT_WIDTH, CLIENT_HEIGHT);
    }

    /** Whether client {@code i} of the front ones has an alpha channel. */
    static boolean translucent(int i) { return i % 3 == 0; }
}
