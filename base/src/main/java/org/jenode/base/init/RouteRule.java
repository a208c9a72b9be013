package org.jenode.base.init;

import java.util.List;
import java.util.Optional;
import org.jenode.base.Labels;
import org.jenode.base.SessionArgs;
import org.jenode.base.xml.XmlLocation;

/**
 * One entry of a {@code <route>} or {@code <default-route>}: {@code <service name>} or
 * {@code <any-service>}, its conditions, and its targets in document order.
 *
 * @param service    the service name, empty for {@code <any-service>}
 * @param conditions all must hold for the entry to match
 * @param targets    tried in turn; for a {@code <service>} the first decides
 */
record RouteRule(XmlLocation location, Optional<String> service, List<Condition> conditions, List<Target> targets) {

    boolean anyService() { return service.isEmpty(); }

    /** Whether a request for {@code requested} with the child-local {@code label} and {@code args} matches. */
    boolean matches(String requested, String label, SessionArgs args) {
        return service.map(requested::equals).orElse(true) && conditions.stream().allMatch(c -> c.holds(label, args));
    }

    /** Whether the entry selects by label (so that a child's {@code config} ROM may be routed elsewhere). */
    boolean selectsByLabel() {
        return conditions.stream().anyMatch(c -> switch (c) {
            case Condition.LabelIs _, Condition.LabelPrefix _, Condition.LabelSuffix _ -> true;
            case Condition.ArgIs(String key, String _) -> key.equals("label") || key.equals("filename");
        });
    }

    /** What a request must satisfy; labels are the child-local label, without the child's name. */
    sealed interface Condition {

        boolean holds(String label, SessionArgs args);

        record LabelIs(String value) implements Condition {
            @Override public boolean holds(String label, SessionArgs args) { return label.equals(value); }
        }

        record LabelPrefix(String value) implements Condition {
            @Override public boolean holds(String label, SessionArgs args) { return label.startsWith(value); }
        }

        record LabelSuffix(String value) implements Condition {
            @Override public boolean holds(String label, SessionArgs args) { return label.endsWith(value); }
        }

        /**
         * Genode's {@code <if-arg key value>}: {@code key="label"} compares the child-local label,
         * {@code key="filename"} the module a ROM request names (Jenode names it by the label's last
         * element), any other key the session argument of that name.
         */
        record ArgIs(String key, String value) implements Condition {
            @Override public boolean holds(String label, SessionArgs args) {
                return switch (key) {
                    case "label" -> label.equals(value);
                    case "filename" -> Labels.last(label).equals(value);
                    default -> args.value(key).orElse("").equals(value);
                };
            }
        }
    }

    /** Where a matching request may go; {@code label} replaces the session label when given. */
    sealed interface Target {

        Optional<String> label();

        record ToParent(Optional<String> label) implements Target { }

        record ToChild(String name, Optional<String> label) implements Target { }

        record ToAnyChild(Optional<String> label) implements Target { }
    }
}
