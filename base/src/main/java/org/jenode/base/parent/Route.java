package org.jenode.base.parent;

import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** A parent's answer to a child's session request. */
public sealed interface Route permits Route.ToParent, Route.ToService, Route.OwnConfig, Route.Pending {

    /** To the parent's own parent, under {@code label} (which that parent prefixes with this one's name). */
    record ToParent(String label) implements Route {
        public ToParent { Objects.requireNonNull(label, "label"); }
    }

    /** To a service a child announced; the server sees {@code label}. */
    record ToService(Announcement announcement, String label) implements Route {
        public ToService {
            Objects.requireNonNull(announcement, "announcement");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The child's own {@code config} ROM of its {@link ChildSpec}, served by the parent. */
    record OwnConfig() implements Route { }

    /**
     * Decided later: the child waits for {@code decision} (the parent keeps it and completes it, e.g.
     * when the server announces, or completes it exceptionally with a denial). A decision that does not
     * come within the runtime's bound denies the request, naming {@code awaiting}, e.g.
     * {@code "child 'nitpicker' to announce Nitpicker"}.
     */
    record Pending(CompletionStage<Route> decision, String awaiting) implements Route {
        public Pending {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(awaiting, "awaiting");
        }
    }
}
