package org.jenode.decorator.motif;

import org.jenode.decorator.LazyValue;

/**
 * The colour of one frame element: the base colour, brighter when the window is focused and brighter
 * still when the element is highlighted. A change fades in 20 steps when gaining focus or highlight and
 * in 180 when losing it; each channel glides in 8.4 fixed point so that the fade is smooth.
 */
final class FadingColor {

    static final int FADE_IN = 20, FADE_OUT = 180;
    private static final int FOCUS = 0x464646, HIGHLIGHT = 0x413c37;

    private final LazyValue r, g, b;
    private boolean focused, highlighted;
    private int base;

    /** An element at rest in the given state. */
    FadingColor(boolean focused, boolean highlighted, int base) {
        this.focused = focused;
        this.highlighted = highlighted;
        this.base = base;
        int c = target(focused, highlighted, base);
        r = new LazyValue(((c >> 16) & 0xff) << 4);
        g = new LazyValue(((c >> 8) & 0xff) << 4);
        b = new LazyValue((c & 0xff) << 4);
    }

    /** Heads for the colour of the new state; true if the state changed. */
    boolean apply(boolean nowFocused, boolean nowHighlighted, int nowBase) {
        if (nowFocused == focused && nowHighlighted == highlighted && nowBase == base) return false;
        boolean gaining = (nowFocused && !focused) || (nowHighlighted && !highlighted) || nowBase != base;
        int steps = gaining ? FADE_IN : FADE_OUT;
        int c = target(nowFocused, nowHighlighted, nowBase);
        r.moveTo(((c >> 16) & 0xff) << 4, steps);
        g.moveTo(((c >> 8) & 0xff) << 4, steps);
        b.moveTo((c & 0xff) << 4, steps);
        focused = nowFocused;
        highlighted = nowHighlighted;
        base = nowBase;
        return true;
    }

    /** One step of the fade; true if the colour changed. */
    boolean animate() {
        boolean changed = r.animate();
        changed |= g.animate();
        return b.animate() | changed;
    }

    int argb() { return 0xff000000 | (r.value() >> 4) << 16 | (g.value() >> 4) << 8 | (b.value() >> 4); }

    /** The base colour plus the focus and highlight additions, each channel saturating at 255. */
    static int target(boolean focused, boolean highlighted, int base) {
        int c = base;
        if (focused) c = add(c, FOCUS);
        if (highlighted) c = add(c, HIGHLIGHT);
        return 0xff000000 | (c & 0xffffff);
    }

    private static int add(int a, int b) {
        int r = Math.min(255, ((a >> 16) & 0xff) + ((b >> 16) & 0xff));
        int g = Math.min(255, ((a >> 8) & 0xff) + ((b >> 8) & 0xff));
        int bl = Math.min(255, (a & 0xff) + (b & 0xff));
        return r << 16 | g << 8 | bl;
    }
}
