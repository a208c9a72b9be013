package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.List;

import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.nitpicker.ViewCapability;

/**
 * One view: a rectangle showing part of its owner's buffer. A nested view's position is relative to its
 * parent and it is clipped to the parent. A top-level view's position is in the coordinates of the domain
 * of the session that set its geometry (Genode's {@code phys_pos} of the session executing the command),
 * which is the owner unless another session imported the view and placed it; a view of a pointer-origin
 * domain (decided by its owner) is relative to the pointer.
 */
final class View {

    static final int TITLE_LEN = 31;

    private final ClientSession owner;
    private final List<View> children = new ArrayList<>();
    private View parent;
    private ClientSession placer;
    private Rect geometry = Rect.EMPTY;
    private Point offset = Point.ORIGIN;
    private String title = "";
    private boolean background;
    private boolean destroyed;
    private ViewCapability capability;

    View(ClientSession owner, View parent) {
        this.owner = owner;
        this.placer = owner;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    ClientSession owner() { return owner; }

    View parent() { return parent; }

    List<View> children() { return children; }

    Rect geometry() { return geometry; }

    /** {@code by} set the geometry: a top-level view's position is in {@code by}'s domain from now on. */
    void geometry(Rect r, ClientSession by) {
        geometry = r;
        placer = by;
    }

    /** {@code s} is gone: the owner's domain places the view again. */
    void forgetPlacer(ClientSession s) {
        if (placer == s) placer = owner;
    }

    Point offset() { return offset; }

    void offset(Point o) { offset = o; }

    String title() { return title; }

    void title(String t) { title = t.length() > TITLE_LEN ? t.substring(0, TITLE_LEN) : t; }

    boolean background() { return background; }

    void background(boolean b) { background = b; }

    /** Gone for good: its owner destroyed it or closed; handles that importers still hold name nothing. */
    boolean destroyed() { return destroyed; }

    /** Marks the view destroyed and detaches its children, which live on as top-level views. */
    void destroy() {
        destroyed = true;
        for (View c : children) c.parent = null;
        children.clear();
        if (parent != null) parent.children.remove(this);
        parent = null;
    }

    ViewCapability capability() { return capability; }

    void capability(ViewCapability c) { capability = c; }

    /** Screen rectangle. */
    Rect abs(ScreenState screen) {
        if (parent == null) return geometry.translated(origin(screen));
        Rect p = parent.abs(screen);
        return geometry.translated(p.position()).intersection(p);
    }

    /** Screen position of the buffer's pixel (0,0): view position plus offset (unclipped). */
    Point bufferOrigin(ScreenState screen) {
        Point pos = parent == null ? geometry.position().plus(origin(screen))
                : geometry.position().plus(parent.abs(screen).position());
        return pos.plus(offset);
    }

    private Point origin(ScreenState screen) {
        if (owner.domain().origin() == Domain.Origin.POINTER) return screen.origin(owner.domain());
        return screen.origin(placer.domain());
    }
}
