package org.jenode.framebuffer;

import org.jenode.base.geometry.Area;

/** A display mode: size in pixels; pixels are ARGB32. */
public record Mode(int width, int height) {

    public static final int BYTES_PER_PIXEL = 4;

    public Mode {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative mode " + width + "x" + height);
    }

    public static Mode of(Area area) { return new Mode(area.width(), area.height()); }

    public Area area() { return new Area(width, height); }

    public int bytes() { return Math.multiplyExact(Math.multiplyExact(width, height), BYTES_PER_PIXEL); }

    @Override public String toString() { return width + "x" + height; }
}
