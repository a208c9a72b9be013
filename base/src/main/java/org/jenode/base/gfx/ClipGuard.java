package org.jenode.base.gfx;

import org.jenode.base.geometry.Rect;

/**
 * Narrows a canvas's clip for the length of a {@code try} block and restores it at the end, as Genode's
 * {@code Clip_guard} does at the end of a C++ scope: {@code try (var _ = new ClipGuard(canvas, r)) {...}}.
 * The new clip is the old one intersected with {@code r}, so nested guards only ever narrow it.
 */
public final class ClipGuard implements AutoCloseable {

    private final Canvas canvas;
    private final Rect saved;

    public ClipGuard(Canvas canvas, Rect r) {
        this.canvas = canvas;
        this.saved = canvas.clip(canvas.clip().intersection(r));
    }

    @Override public void close() { canvas.clip(saved); }
}
