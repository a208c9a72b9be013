package org.jenode.decorator.themed;

/**
 * Recolours pixels by their brightness (Genode's {@code Tint_painter}): brightness {@code r+g+b} runs
 * from black over the tint colour (at the colour's own brightness) to white, so the theme's shading
 * survives in the new colour. Alpha is kept.
 */
final class Tint {

    private static final int MAX = 3 * 255;
    private final int[] lut = new int[MAX + 1];

    Tint(int color) {
        int r = (color >> 16) & 0xff, g = (color >> 8) & 0xff, b = color & 0xff;
        int at = r + g + b;
        for (int i = 0; i <= MAX; i++) {
            if (i <= at) lut[i] = at == 0 ? 0 : mix(0, 0, 0, r, g, b, i, at);
            else lut[i] = mix(r, g, b, 255, 255, 255, i - at, MAX - at);
        }
    }

    private static int mix(int r0, int g0, int b0, int r1, int g1, int b1, int t, int n) {
        return (r0 + (r1 - r0) * t / n) << 16 | (g0 + (g1 - g0) * t / n) << 8 | (b0 + (b1 - b0) * t / n);
    }

    int apply(int argb) {
        int i = ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
        return (argb & 0xff000000) | lut[i];
    }
}
