package org.jenode.decorator.themed;

/** Straight-alpha ARGB arithmetic for layering translucent frames. */
final class Pixels {

    private Pixels() { }

    /** {@code src} with its alpha scaled by {@code alpha} (0..255). */
    static int faded(int src, int alpha) {
        int a = (src >>> 24) * alpha / 255;
        return a << 24 | (src & 0xffffff);
    }

    /** Porter-Duff "over": {@code src} in front of {@code dst}, both with straight alpha. */
    static int over(int src, int dst) {
        int sa = src >>> 24;
        if (sa == 255) return src;
        if (sa == 0) return dst;
        int da = dst >>> 24;
        int behind = da * (255 - sa);                  // dst's weight, scaled by 255
        int oa255 = sa * 255 + behind;                 // result alpha, scaled by 255
        if (oa255 == 0) return 0;
        int r = (((src >> 16) & 0xff) * sa * 255 + ((dst >> 16) & 0xff) * behind + oa255 / 2) / oa255;
        int g = (((src >> 8) & 0xff) * sa * 255 + ((dst >> 8) & 0xff) * behind + oa255 / 2) / oa255;
        int b = ((src & 0xff) * sa * 255 + (dst & 0xff) * behind + oa255 / 2) / oa255;
        return ((oa255 + 127) / 255) << 24 | r << 16 | g << 8 | b;
    }
}
