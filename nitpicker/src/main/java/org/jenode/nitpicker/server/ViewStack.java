package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * The one global list of views, front to back, stably sorted by domain layer after every change (lower
 * layer in front), and what is marked for redraw when a view changes. Stacking follows the intended
 * semantics of the spec's [note] in 2.4.2; a neighbour that is not on the stack voids the command, so that
 * a view stacked relative to a window that is not shown never jumps in front of everything.
 */
final class ViewStack {

    /** How far labels reach beyond a view's frame in X-ray mode, so that moving a view also clears them. */
    static final int LABEL_MARGIN = 20;

    private final List<View> views = new ArrayList<>();
    /** The same views, for the question "on the stack?" that drawing asks of every nested view. */
    private final Set<View> members = new HashSet<>();
    private final ScreenState screen;
    private final Focus focus;
    private final Damage damage;
    private View defaultBackground;

    ViewStack(ScreenState screen, Focus focus, Damage damage) {
        this.screen = screen;
        this.focus = focus;
        this.damage = damage;
    }

    /** Front to back, read-only: only the stack's own operations reorder it. */
    List<View> views() { return Collections.unmodifiableList(views); }

    int size() { return views.size(); }

    View get(int i) { return views.get(i); }

    boolean stacked(View v) { return members.contains(v); }

    /** To the very front, or directly in front of {@code neighbor} (null: none). */
    void toFront(View v, View neighbor) {
        if (neighbor != null && !stacked(neighbor)) return;
        dirty(v);
        views.remove(v);
        views.add(neighbor == null ? 0 : views.indexOf(neighbor), v);
        members.add(v);
        sort();
        dirty(v);
    }

    /** Directly behind {@code neighbor}, or without one behind everything but the background views. */
    void toBack(View v, View neighbor) {
        if (neighbor != null && !stacked(neighbor)) return;
        dirty(v);
        views.remove(v);
        int at = views.size();
        if (neighbor != null) at = views.indexOf(neighbor) + 1;
        else for (int i = 0; i < views.size(); i++) if (views.get(i).background()) { at = i; break; }
        views.add(at, v);
        members.add(v);
        sort();
        dirty(v);
    }

    /** Takes {@code v} and, as Genode does, its children off the stack. */
    void remove(View v) {
        for (View c : v.children()) remove(c);
        if (!members.remove(v)) return;
        views.remove(v);
        dirty(v);
        if (defaultBackground == v) defaultBackground = null;
    }

    /**
     * {@code v} is its session's background view; with {@code everybodys} (the policy says so) it is the
     * default background that everybody sees where no other view is, else it no longer is.
     */
    void background(View v, boolean everybodys) {
        if (everybodys) defaultBackground = v;
        else if (defaultBackground == v) defaultBackground = null;
        dirtyAll();
    }

    void sort() { views.sort(Comparator.comparingInt(v -> v.owner().domain().layer())); }

    /**
     * Drawn and hit-tested: its owner is visible and not locked out, it is no background view but the
     * default one or the focused session's, and a nested view only while its parent is shown.
     */
    boolean shown(View v) {
        ClientSession owner = v.owner();
        if (!owner.visible() || owner.lockedOut()) return false;
        if (v.background() && v != defaultBackground && !focus.background(v)) return false;
        return v.parent() == null || stacked(v.parent()) && shown(v.parent());
    }

    Rect abs(View v) { return v.abs(screen); }

    /** The screen area a view occupies including its X-ray frame. */
    Rect outline(View v) {
        Rect a = abs(v);
        if (screen.flat() || a.empty()) return a;
        return a.grown(frameWidth(v));
    }

    /** 3 px, 5 px for the focused session; 1 px for {@code xray="opaque"}; none for {@code xray="no"}. */
    int frameWidth(View v) {
        return switch (v.owner().domain().xray()) {
            case FRAME -> focus.is(v.owner()) ? 5 : 3;
            case OPAQUE -> 1;
            case NO -> 0;
        };
    }

    /** Marks what {@code v} covers, its frame and (in X-ray mode) its label included, for redraw. */
    void dirty(View v) { damage.mark(covered(v)); }

    /** Marks where {@code v} is and where it was before it moved (with the pointer) {@code by} less. */
    void dirtyMoved(View v, Point by) {
        Rect now = covered(v);
        damage.mark(now);
        damage.mark(now.translated(by));
    }

    private Rect covered(View v) { return screen.flat() ? outline(v) : outline(v).grown(LABEL_MARGIN); }

    void dirty(Rect r) { damage.mark(r); }

    void dirtyAll() { damage.mark(Rect.of(screen.area())); }

    /**
     * The front-most shown view at {@code p}. Alpha views count only where their input mask is set, except
     * in X-ray and kill mode (where every view is opaque to input) unless their domain is exempt.
     */
    View at(Point p) {
        for (View v : views) {
            if (!shown(v) || !abs(v).contains(p)) continue;
            boolean honourMask = screen.flat() || v.owner().domain().xray() == Domain.Xray.NO;
            if (honourMask && !v.owner().buffer().inputMaskAt(p.minus(v.bufferOrigin(screen)))) continue;
            return v;
        }
        return null;
    }

    /** The part of {@code v} not covered by views in front of it. */
    List<Rect> visibleParts(View v) {
        List<Rect> parts = new ArrayList<>(List.of(abs(v)));
        for (View f : views) {
            if (f == v) break;
            if (!shown(f)) continue;
            Rect hole = abs(f);
            List<Rect> next = new ArrayList<>();
            for (Rect r : parts) next.addAll(r.minus(hole));
            parts = next;
        }
        return parts;
    }
}
