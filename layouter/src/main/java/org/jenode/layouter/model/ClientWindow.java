package org.jenode.layouter.model;

import org.jenode.base.geometry.Area;

/**
 * One {@code <window>} of the wm's {@code window_list}: what the client and the wm say about a window.
 * The label is the client's session label (unforgeable), the title the client's own words.
 */
public record ClientWindow(int id, String label, String title, Area size, boolean hasAlpha, boolean hidden,
                           boolean resizeable) {

    /** The title bar text: label and title, as Genode's layouter presents them. */
    public String caption() { return title.isEmpty() ? label : label.isEmpty() ? title : label + " " + title; }
}
