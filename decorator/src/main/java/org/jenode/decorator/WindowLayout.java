package org.jenode.decorator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jenode.base.xml.XmlNode;

/** The {@code window_layout} ROM as values: the windows front-most first, as the layouter stacked them. */
public record WindowLayout(List<WindowState> windows) {

    /** As many windows as the wm has ids for (1..1023), and one more: a longer list is an error. */
    public static final int MAX_WINDOWS = 1024;

    public WindowLayout { windows = List.copyOf(windows); }

    /**
     * Reads the whole ROM or nothing: any malformed window, or an id used twice, is an error at its
     * location, so that the decorator can keep the last layout that made sense.
     */
    public static WindowLayout parse(XmlNode root) {
        if (!root.is("window_layout")) throw root.error("expected <window_layout>");
        List<WindowState> windows = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        List<XmlNode> nodes = root.children("window");
        if (nodes.size() > MAX_WINDOWS) throw root.error(nodes.size() + " windows, more than " + MAX_WINDOWS);
        for (XmlNode node : nodes) {
            WindowState w = WindowState.parse(node);
            if (!ids.add(w.id())) throw node.error("window id " + w.id() + " appears twice");
            windows.add(w);
        }
        return new WindowLayout(windows);
    }
}
