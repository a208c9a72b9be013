package org.jenode.bench;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Samples the screen of the display this JVM runs on, tile by tile, to find when a program's window has
 * reached its start-up picture: the last sample in which the screen changed by more than a small box.
 * Smaller changes are animation or decoration that never settles (the desktop clock's second hand, a
 * pointer), not start-up work.
 */
final class ScreenWatch {

    /** The screen is compared in tiles of this many pixels square. */
    private static final int TILE = 32;
    /** A change inside this many tiles square (256x256 px, more than the 160 px clock) is small. */
    private static final int SMALL_TILES = 8;

    /** When one sample was captured ({@link System#nanoTime}) and a hash of each tile. */
    record Sample(long nanos, long[] tiles) { }

    /** When the screen last changed by more than a small box (0 if never) and how many small changes were ignored. */
    record Settled(long nanos, int smallChanges) { }

    private final Robot robot;
    private final Rectangle screen;
    private final int columns;

    ScreenWatch() throws AWTException {
        robot = new Robot();
        screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        columns = (screen.width + TILE - 1) / TILE;
    }

    Sample sample() {
        long nanos = System.nanoTime();
        BufferedImage image = robot.createScreenCapture(screen);
        int w = image.getWidth(), h = image.getHeight();
        int[] pixels = image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB
                ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData()
                : image.getRGB(0, 0, w, h, null, 0, w);
        long[] tiles = new long[columns * ((h + TILE - 1) / TILE)];
        for (int y = 0; y < h; y++) {
            int row = y / TILE * columns;
            for (int x = 0; x < w; x++) {
                int t = row + x / TILE;
                tiles[t] = tiles[t] * 31 + pixels[y * w + x];
            }
        }
        return new Sample(nanos, tiles);
    }

    /** Compares each sample with the one before it; see {@link Settled}. */
    Settled settled(List<Sample> samples) {
        long last = 0;
        int small = 0;
        for (int i = 1; i < samples.size(); i++) {
            long[] before = samples.get(i - 1).tiles(), now = samples.get(i).tiles();
            int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
            for (int t = 0; t < now.length; t++) {
                if (now[t] == before[t]) continue;
                int x = t % columns, y = t / columns;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
            if (right < 0) continue;
            if (right - left < SMALL_TILES && bottom - top < SMALL_TILES) small++;
            else last = samples.get(i).nanos();
        }
        return new Settled(last, small);
    }
}
