package org.jenode.decorator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.ViewHandle;

/**
 * The decorated windows, front-most first, with the areas that need redrawing (Genode's
 * {@code Window_stack}). {@link #update} follows the layouter's {@code window_layout}; drawing is
 * recursive like nitpicker's, so each pixel of the shared buffer holds the front-most frame there.
 */
final class WindowStack {

    /** Where a new window's views come from. */
    @FunctionalInterface
    interface ViewsFactory {
        WindowViews create(int windowId);
    }

    private final ViewsFactory views;
    private final DirtyRegion dirty = new DirtyRegion();
    private List<Window> windows = new ArrayList<>();
    private Renderer renderer;
    private TitlePolicy policy;

    WindowStack(ViewsFactory views, Renderer renderer, TitlePolicy policy) {
        this.views = views;
        this.renderer = renderer;
        this.policy = policy;
    }

    Renderer renderer() { return renderer; }

    /**
     * The model update of Genode's decorator: (1) windows that are gone are removed, (2) the others take
     * their new state, (3) new windows appear in front, (4) the stack takes the layout's order, and (5)
     * the order goes to nitpicker back to front: each window in front of the window behind it, or to the
     * very front if it is new or its {@code topped} counter changed (the windows in front of such a one
     * follow it). Only the model changes here; nitpicker hears of it after the next drawing.
     */
    void update(WindowLayout layout) {
        Map<Integer, WindowState> next = new LinkedHashMap<>();
        for (WindowState s : layout.windows()) next.put(s.id(), s);
        removeGone(next);
        Set<Window> toFront = new HashSet<>();
        Map<Integer, Window> byId = updatePresent(next, toFront);
        addNew(next, byId, toFront);
        reorder(next, byId);
        propagateStacking(toFront);
    }

    private void removeGone(Map<Integer, WindowState> next) {
        windows.removeIf(w -> {
            if (next.containsKey(w.id())) return false;
            dirty.add(w.outer());
            w.destroy();
            return true;
        });
    }

    /** Updates the windows that stay, noting in {@code toFront} those whose {@code topped} changed. */
    private Map<Integer, Window> updatePresent(Map<Integer, WindowState> next, Set<Window> toFront) {
        Map<Integer, Window> byId = new HashMap<>();
        for (Window w : windows) {
            WindowState s = next.get(w.id());
            if (s.topped() != w.state().topped()) toFront.add(w);
            Rect before = w.outer();
            WindowStyle style = policy.styleFor(s.title());
            boolean changed = style.decorated() != w.decorated() ? redecorate(w, s, style) : w.update(s, style);
            if (changed) {
                dirty.add(before);
                dirty.add(w.outer());
            }
            byId.put(w.id(), w);
        }
        return byId;
    }

    private void addNew(Map<Integer, WindowState> next, Map<Integer, Window> byId, Set<Window> toFront) {
        for (WindowState s : next.values()) {
            if (byId.containsKey(s.id())) continue;
            Window w = new Window(s, decorate(s), views.create(s.id()));
            windows.add(0, w);
            toFront.add(w);
            byId.put(s.id(), w);
            dirty.add(w.outer());
        }
    }

    /** The layout's order; a window that changed its place is redrawn. */
    private void reorder(Map<Integer, WindowState> next, Map<Integer, Window> byId) {
        List<Window> ordered = new ArrayList<>(next.size());
        for (Integer id : next.keySet()) ordered.add(byId.get(id));
        for (int i = 0; i < ordered.size(); i++) if (ordered.get(i) != windows.get(i)) dirty.add(ordered.get(i).outer());
        windows = ordered;
    }

    /** Back to front: each window in front of the one behind it, unless it goes to the very front. */
    private void propagateStacking(Set<Window> toFront) {
        boolean followFront = false;
        for (int i = windows.size() - 1; i >= 0; i--) {
            Window w = windows.get(i);
            Window behind = i + 1 < windows.size() ? windows.get(i + 1) : null;
            if (toFront.contains(w)) {
                w.stackInFrontOf(ViewHandle.NONE);
                followFront = true;
            } else if (behind != null && (followFront || !w.inFrontOf(behind))) {
                w.stackInFrontOf(behind.frontmostView());
            }
        }
    }

    private boolean redecorate(Window w, WindowState s, WindowStyle style) {
        w.update(s, style);
        w.redecorate(decorate(s));
        return true;
    }

    private Decoration decorate(WindowState s) {
        WindowStyle style = policy.styleFor(s.title());
        return style.decorated() ? renderer.decorate(s, style) : new Undecorated();
    }

    /** Another look or other policies: every window gets a new frame at once, all redrawn on the next sync. */
    void restyle(Renderer nextRenderer, TitlePolicy nextPolicy) {
        renderer = nextRenderer;
        policy = nextPolicy;
        for (Window w : windows) {
            dirty.add(w.outer());
            w.redecorate(decorate(w.state()));
            dirty.add(w.outer());
        }
    }

    /** One animation step for every window; the ones whose frame changed are redrawn. */
    void animate() {
        for (Window w : windows) if (w.animate()) dirty.add(w.outer());
    }

    void dirtyAll(Rect screen) { dirty.add(screen); }

    /** Whether the next sync has something to draw or to tell nitpicker. */
    boolean busy() {
        if (!dirty.empty()) return true;
        for (Window w : windows) if (w.viewsStale()) return true;
        return false;
    }

    /** Redraws the dirty areas within {@code screen} and returns them (to refresh). */
    List<Rect> draw(Canvas canvas, Rect screen) {
        canvas.clip(screen);
        List<Rect> rects = dirty.take(screen);
        for (Rect r : rects) drawFrom(canvas, 0, r);
        return rects;
    }

    /** Draws {@code rect} as the windows from index {@code from} backwards cover it; transparent where none does. */
    private void drawFrom(Canvas canvas, int from, Rect rect) {
        int i = from;
        Rect clipped = Rect.EMPTY;
        while (i < windows.size() && (clipped = windows.get(i).outer().intersection(rect)).empty()) i++;
        if (i == windows.size()) {
            canvas.fill(rect, 0);
            return;
        }
        int behind = i + 1;
        for (Rect piece : rect.minus(clipped)) drawFrom(canvas, behind, piece);
        Rect saved = canvas.clip(clipped);
        windows.get(i).draw(canvas, renderer.translucent(), area -> {
            Rect inner = canvas.clip(area);
            drawFrom(canvas, behind, area);
            canvas.clip(inner);
        });
        canvas.clip(saved);
    }

    /** Tells nitpicker the stacking and geometry that changed, back to front (each neighbour already in place). */
    void updateViews(CommandQueue q) {
        for (int i = windows.size() - 1; i >= 0; i--) windows.get(i).updateViews(q);
    }

    /** The front-most window at {@code p} that has something there (shadows do not count). */
    Hover hover(Point p) {
        for (Window w : windows) {
            var hover = w.hover(p);
            if (hover.isPresent()) return hover.get();
        }
        return Hover.NONE;
    }
}
