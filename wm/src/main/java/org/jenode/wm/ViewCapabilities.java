package org.jenode.wm;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.jenode.nitpicker.ViewCapability;

/**
 * The view tokens the wm issued to its clients. A token is recognised by identity; one the wm did not
 * issue (or issued for a view that is gone) names no view.
 */
final class ViewCapabilities {

    private final Map<ViewCapability, WmView> views = new IdentityHashMap<>();

    ViewCapability of(WmView view) {
        if (view.capability == null) {
            view.capability = new ViewCapability("wm view of " + view.owner.label());
            views.put(view.capability, view);
        }
        return view.capability;
    }

    Optional<WmView> lookup(ViewCapability capability) { return Optional.ofNullable(views.get(capability)); }

    void revoke(WmView view) {
        if (view.capability != null) views.remove(view.capability);
    }
}
