package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;

/**
 * The one global list of views, front to back, stably sorted by domain layer after every change
 * (lower layer in front). Stacking follows the intended semantics of the spec's [note] in 2.4.2.
 */
final class ViewStack {

    private final List<View> views = new ArrayList<>();
    private final ScreenState screen;
    /** Who is focused and which background is the default: decides which background views show. */
    GuiSession focused;
    View defaultBackground;

    ViewStack(ScreenState screen) { this.screen = screen; }

    List<View> views() { return views; }

    int size() { return views.size(); }

    View get(int i) { return views.get(i); }

    void toFront(View v, View neighbor) {
        views.remove(v);
        int at = neighbor != null && neighbor.stacked ? views.indexOf(neighbor) : 0;
        views.add(Math.max(0, at), v);
        v.stacked = true;
        sort();
    }

    void toBack(View v, View neighbor) {
        views.remove(v);
        int at;
        if (neighbor != null && neighbor.stacked) {
            at = views.indexOf(neighbor) + 1;
        } else {
            at = views.size();
            for (int i = 0; i < views.size(); i++) if (views.get(i).background) { at = i; break; }
        }
        views.add(at, v);
        v.stacked = true;
        sort();
    }

    void remove(View v) {
        views.remove(v);
        v.stacked = false;
        if (defaultBackground == v) defaultBackground = null;
        for (View o : views) if (o.parent == v) o.parent = null;
    }

    void sort() { views.sort(Comparator.comparingInt(v -> v.owner.domain.layer())); }

    /** Drawn and hit-tested: visible, unlocked owner, and not an inactive background view. */
    boolean shown(View v) {
        if (!v.owner.visible || v.owner.lockedOut) return false;
        if (!v.background) return true;
        return v == defaultBackground || v.owner == focused;
    }

    Rect abs(View v) { return v.abs(screen); }

    /**
     * The front-most shown view at {@code p}. Alpha views count only where their input mask is set, except
     * in X-ray and kill mode (where every view is opaque to input) unless their domain is exempt.
     */
    View at(Point p, XrayMode mode) {
        for (View v : views) {
            if (!shown(v) || !abs(v).contains(p)) continue;
            boolean honourMask = mode == XrayMode.FLAT || v.owner.domain.xray() == Domain.Xray.NO;
            if (honourMask && !v.owner.inputMaskAt(p.minus(v.bufferOrigin(screen)))) continue;
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
