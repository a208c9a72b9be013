package org.jenode.wm;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jenode.base.geometry.Area;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;

/**
 * The windows and their ids, published as the {@code window_list} report (Genode 16.02's format).
 * Ids come from a bit allocator that hands out the lowest free id from 1 (0 means none). Unlike
 * Genode's it has no upper bound: each window costs its client, so no client can use up the ids.
 */
final class WindowRegistry {

    /** Windows larger than this on a side are reported as this large: the layouter and decorator size buffers after it. */
    static final int MAX_SIDE = 16384;

    /** What the layouter learns of a window. */
    record Window(int id, String label, String title, Area size, boolean alpha, boolean hidden, boolean resizeable) {

        Window {
            label = Text.printable(label);
            title = Text.printable(title);
            size = new Area(Math.min(size.width(), MAX_SIDE), Math.min(size.height(), MAX_SIDE));
        }

        Window title(String t) { return new Window(id, label, t, size, alpha, hidden, resizeable); }

        Window size(Area a) { return new Window(id, label, title, a, alpha, hidden, resizeable); }

        Window alpha(boolean a) { return new Window(id, label, title, size, a, hidden, resizeable); }

        Window hidden(boolean h) { return new Window(id, label, title, size, alpha, h, resizeable); }

        Window resizeable(boolean r) { return new Window(id, label, title, size, alpha, hidden, r); }

        XmlNode xml() {
            XmlNode.Builder w = XmlNode.builder("window").attribute("id", id).attribute("label", label)
                    .attribute("title", title).attribute("width", size.width()).attribute("height", size.height());
            if (alpha) w.attribute("has_alpha", true);
            if (hidden) w.attribute("hidden", true);
            if (resizeable) w.attribute("resizeable", true);
            return w.build();
        }
    }

    private final BitSet ids = new BitSet();
    private final Map<Integer, Window> windows = new LinkedHashMap<>();
    private final Reporter report;
    private boolean changed = true;

    WindowRegistry(Reporter report) {
        this.report = report;
        ids.set(0);
    }

    /** A new window; it appears in the list once it has a size. */
    int create(String label, String title, boolean alpha, boolean resizeable) {
        int id = ids.nextClearBit(1);
        ids.set(id);
        windows.put(id, new Window(id, label, title, Area.EMPTY, alpha, false, resizeable));
        return id;
    }

    void update(int id, UnaryOperator<Window> change) {
        Window old = windows.get(id);
        if (old == null) return;
        Window now = change.apply(old);
        if (now.equals(old)) return;
        windows.put(id, now);
        changed = true;
    }

    void destroy(int id) {
        if (windows.remove(id) == null) return;
        ids.clear(id);
        changed = true;
    }

    /** Publishes the list if a window changed since the last time; windows without a size are left out. */
    void flush() {
        if (!changed) return;
        XmlNode.Builder list = XmlNode.builder("window_list");
        for (Window w : windows.values()) if (!w.size().empty()) list.child(w.xml());
        report.report(list.build());
        changed = false;
    }
}
