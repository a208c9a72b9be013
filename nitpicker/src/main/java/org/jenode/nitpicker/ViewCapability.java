package org.jenode.nitpicker;

import org.jenode.base.Capability;

/**
 * An unforgeable token for a view, handed from one session to another so that the receiver can nest
 * views under it (the loader, the window manager). Nitpicker knows the tokens it issued by identity;
 * a token made by anybody else names no view.
 */
public final class ViewCapability implements Capability {

    private final String description;

    public ViewCapability(String description) { this.description = description; }

    @Override public String toString() { return "ViewCapability[" + description + "]"; }
}
