package org.jenode.launcher.dialog;

/** Byte counts as the menu writes them: {@code 512K}, {@code 3.2M}, {@code 1.5G}. */
public final class Sizes {

    private Sizes() { }

    public static String text(long bytes) {
        if (bytes < 1024 * 1024) return (bytes + 1023) / 1024 + "K";
        if (bytes < 1024L * 1024 * 1024) return tenths(bytes, 1024 * 1024) + "M";
        return tenths(bytes, 1024L * 1024 * 1024) + "G";
    }

    private static String tenths(long bytes, long unit) {
        long t = Math.round(bytes * 10.0 / unit);
        return t % 10 == 0 ? String.valueOf(t / 10) : t / 10 + "." + t % 10;
    }
}
