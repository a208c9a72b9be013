package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jenode.base.RamAccount;
import org.jenode.nitpicker.ViewHandle;

/**
 * A session's view handles (Genode's {@code Handle_registry}): session-local numbers for its own views
 * and for views it imported. A handle of a view that its owner destroyed names nothing, whoever holds it.
 * Every handle but the one a view is created with is charged to the donation, so no number of imports
 * costs nitpicker anything.
 */
final class HandleRegistry {

    static final int HANDLE_COST = 256;

    private record Bound(View view, boolean charged) { }

    private final RamAccount quota;
    private final Map<Integer, Bound> handles = new HashMap<>();
    private int next;

    HandleRegistry(RamAccount quota) { this.quota = quota; }

    /** The handle a new view is created with; the view's own cost pays for it. */
    ViewHandle created(View v) { return bind(v, ViewHandle.NONE, false); }

    /**
     * A handle for an imported view: {@code designated} if valid (re-bound if it named something else,
     * as Genode's {@code alloc(obj, handle)} does), else a new one.
     */
    ViewHandle imported(View v, ViewHandle designated) { return bind(v, designated, true); }

    private ViewHandle bind(View v, ViewHandle designated, boolean charged) {
        if (charged) quota.charge(HANDLE_COST);
        int id;
        if (designated.valid()) {
            id = designated.id();
            release(designated);
        } else {
            while (handles.containsKey(next)) next = next == Integer.MAX_VALUE ? 0 : next + 1;
            id = next;
        }
        handles.put(id, new Bound(v, charged));
        return new ViewHandle(id);
    }

    /** The live view {@code h} names. */
    Optional<View> lookup(ViewHandle h) {
        Bound b = handles.get(h.id());
        return b == null || b.view().destroyed() ? Optional.empty() : Optional.of(b.view());
    }

    void release(ViewHandle h) {
        Bound gone = handles.remove(h.id());
        if (gone != null && gone.charged()) quota.release(HANDLE_COST);
    }

    /** Drops every handle of {@code v}: the session destroyed it, so none may linger uncharged. */
    void releaseAll(View v) {
        for (var i = handles.entrySet().iterator(); i.hasNext(); ) {
            Bound b = i.next().getValue();
            if (b.view() != v) continue;
            if (b.charged()) quota.release(HANDLE_COST);
            i.remove();
        }
    }

    /** The live views the handles name, each once. */
    List<View> views() {
        List<View> out = new ArrayList<>();
        for (Bound b : handles.values()) if (!b.view().destroyed() && !out.contains(b.view())) out.add(b.view());
        return out;
    }
}
