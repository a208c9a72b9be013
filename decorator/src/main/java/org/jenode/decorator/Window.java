package org.jenode.decorator;

import java.util.Optional;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.ViewHandle;

/**
 * A decorated window: its last state from {@code window_layout}, its frame and its views. View changes
 * are only noted here and go to nitpicker in {@link #updateViews}, after the frame has been drawn, so
 * that no view ever shows pixels that are not drawn yet.
 */
final class Window {

    /** What a placeholder shows where no wm put a client's view: a neutral dark grey. */
    static final int PLACEHOLDER = 0xff303030;

    private final WindowViews views;
    private WindowState state;
    private Decoration decoration;
    private boolean placed;
    /** The view this window was last asked to stand in front of ({@link ViewHandle#NONE}: the very front). */
    private ViewHandle neighbor = ViewHandle.NONE;
    private boolean stackPending;

    Window(WindowState state, Decoration decoration, WindowViews views) {
        this.state = state;
        this.decoration = decoration;
        this.views = views;
    }

    int id() { return state.id(); }

    WindowState state() { return state; }

    Rect content() { return state.geometry(); }

    /** Frame and shadow included. */
    Rect outer() { return decoration.margins().around(state.geometry()); }

    /** Takes the window's new state; true if it must be redrawn. */
    boolean update(WindowState next, WindowStyle style) {
        boolean moved = !next.geometry().equals(state.geometry());
        boolean looks = decoration.update(next, style);
        state = next;
        if (moved) placed = false;
        return moved || looks;
    }

    /** Replaces the frame (another renderer, theme or policy); the views follow the new margins. */
    void redecorate(Decoration next) {
        decoration = next;
        placed = false;
    }

    boolean decorated() { return !(decoration instanceof Undecorated); }

    boolean animate() { return decoration.animate(); }

    /** Asks for the window to be stacked in front of {@code view} ({@link ViewHandle#NONE}: the very front). */
    void stackInFrontOf(ViewHandle view) {
        neighbor = view;
        stackPending = true;
    }

    boolean inFrontOf(Window behind) { return neighbor.equals(behind.views.frontmost()); }

    ViewHandle frontmostView() { return views.frontmost(); }

    boolean viewsStale() { return stackPending || !placed; }

    /**
     * Draws within the canvas's clip: the frame, then the placeholder content (or, for a client that
     * draws with alpha, what lies behind it). {@code behind} draws the windows behind this one.
     */
    void draw(Canvas canvas, boolean translucent, Behind behind) {
        Rect clip = canvas.clip();
        if (translucent || state.hasAlpha()) behind.draw(clip);
        decoration.draw(canvas);
        if (!state.hasAlpha()) canvas.fill(clip.intersection(content()), PLACEHOLDER);
    }

    /** The hover at {@code p}, or empty if this window is not there (outside it, or on a shadow). */
    Optional<Hover> hover(Point p) {
        if (!outer().contains(p)) return Optional.empty();
        if (content().contains(p)) return Optional.of(Hover.of(id()));
        return decoration.hover(p).map(elements -> new Hover(id(), elements));
    }

    void updateViews(CommandQueue q) {
        if (stackPending) views.stack(q, neighbor);
        if (!placed) views.place(q, outer(), content());
        stackPending = false;
        placed = true;
    }

    void destroy() { views.destroy(); }

    /** Draws the windows behind one into a part of its area. */
    @FunctionalInterface
    interface Behind {
        void draw(Rect area);
    }
}
