package org.jenode.nitpicker.server;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.jenode.nitpicker.ViewCapability;

/**
 * The view tokens nitpicker issued, known by identity: a token anybody else made, or one of a view that
 * is gone, names no view.
 */
final class ViewCapabilities {

    private final Map<ViewCapability, View> views = new IdentityHashMap<>();

    ViewCapability of(View v, String description) {
        if (v.capability() == null) {
            v.capability(new ViewCapability(description));
            views.put(v.capability(), v);
        }
        return v.capability();
    }

    Optional<View> lookup(ViewCapability c) { return Optional.ofNullable(views.get(c)); }

    void revoke(View v) {
        if (v.capability() != null) views.remove(v.capability());
    }
}
