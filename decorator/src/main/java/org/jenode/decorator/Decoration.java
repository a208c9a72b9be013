package org.jenode.decorator;

import java.util.Optional;
import java.util.Set;
import org.jenode.base.geometry.Point;
import org.jenode.base.gfx.Canvas;

/**
 * The frame of one window as a renderer draws it, with its animation state (fading colours or alpha).
 * It remembers the window's last state; geometry comes with every state.
 */
public interface Decoration {

    /** How far the frame, shadow included, reaches out of the content rectangle. */
    Margins margins();

    /** Takes the window's new state; true if the frame looks different now (geometry aside). */
    boolean update(WindowState state, WindowStyle style);

    /** Advances the animation by one step (one sync); true if the frame looks different now. */
    boolean animate();

    /**
     * Draws the frame into {@code canvas} within its clip, never into the content rectangle. For a
     * translucent renderer the canvas already holds what lies behind the window.
     */
    void draw(Canvas canvas);

    /**
     * The elements at screen point {@code p}, which lies in the frame's margins; empty if no part of
     * this frame is there (a shadow), so that the windows behind are asked next.
     */
    Optional<Set<HoverElement>> hover(Point p);
}
