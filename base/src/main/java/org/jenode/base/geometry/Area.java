package org.jenode.base.geometry;

/** A size in pixels; never negative. */
public record Area(int width, int height) {

    public static final Area EMPTY = new Area(0, 0);

    public Area {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative area " + width + "x" + height);
    }

    public boolean empty() { return width == 0 || height == 0; }

    public long pixels() { return (long) width * height; }

    public boolean contains(Point p) { return p.x() >= 0 && p.y() >= 0 && p.x() < width && p.y() < height; }

    /** Parses {@code "1024x768"}. */
    public static Area parse(String text) {
        int x = text.indexOf('x');
        if (x < 0) throw new IllegalArgumentException("not an area: '" + text + "' (expected WIDTHxHEIGHT)");
        return new Area(Integer.parseInt(text.substring(0, x).trim()), Integer.parseInt(text.substring(x + 1).trim()));
    }

    @Override public String toString() { return width + "x" + height; }
}
