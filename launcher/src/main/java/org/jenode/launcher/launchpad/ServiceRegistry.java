package org.jenode.launcher.launchpad;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.Route;

/**
 * The services the launchpad's children announced, shared among all of them (Genode's launchpad
 * child-service registry), and the requests waiting for one. Used on the launchpad's entrypoint.
 */
final class ServiceRegistry {

    /** A request waiting for {@code service}, to be routed under {@code label}. */
    private record Waiting(String service, String label, CompletableFuture<Route> decision) { }

    /** By announcing child, in order of announcement: the first one announced serves. */
    private final Map<String, List<Announcement>> byChild = new LinkedHashMap<>();
    private final List<Waiting> waiting = new ArrayList<>();

    Optional<Announcement> provider(String service) {
        for (List<Announcement> announced : byChild.values())
            for (Announcement a : announced) if (a.service().equals(service)) return Optional.of(a);
        return Optional.empty();
    }

    /** A decision that comes when some child announces {@code service}. */
    Route.Pending await(String service, String label) {
        CompletableFuture<Route> decision = new CompletableFuture<>();
        waiting.add(new Waiting(service, label, decision));
        return new Route.Pending(decision, "a child of the launchpad to announce " + service);
    }

    void announced(String child, Announcement announcement) {
        byChild.computeIfAbsent(child, _ -> new ArrayList<>()).add(announcement);
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
            Waiting w = it.next();
            if (w.decision().isDone()) it.remove();
            else if (w.service().equals(announcement.service())) {
                w.decision().complete(new Route.ToService(announcement, w.label()));
                it.remove();
            }
        }
    }

    /** {@code child} is gone, and what it served with it. */
    void gone(String child) { byChild.remove(child); }
}
