package org.jenode.base.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.Labels;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.Session;
import org.jenode.base.SessionRequest;
import org.jenode.base.xml.XmlNode;

/**
 * Resolves a child's session request by init's rules: the child's {@code <route>}, or the
 * {@code <default-route>}, tried entry by entry in document order.
 *
 * <pre>{@code
 * <route>
 *   <service name="ROM" label="focus"> <child name="report_rom"/> </service>
 *   <service name="Nitpicker">         <child name="nitpicker"/>  </service>
 *   <any-service> <parent/> <any-child/> </any-service>
 * </route>
 * }</pre>
 *
 * A {@code <service>} entry matches its service name and, if given, {@code label}, {@code label_prefix}
 * or {@code label_suffix} against the label the child chose. Its first target decides; if that target
 * cannot serve, the request is denied. An {@code <any-service>} entry tries its targets in turn.
 * Targets are {@code <parent/>} (a service of {@code <parent-provides>}), {@code <child name/>} and
 * {@code <any-child/>} (which must be unambiguous); a {@code label} attribute on a target replaces the
 * session label. A request for a declared but not yet announced service waits for the announcement.
 *
 * <p>Runs on the requesting child's thread; it holds this object's monitor only while deciding, never
 * while the server creates the session.
 */
final class Routing {

    static final long ANNOUNCE_TIMEOUT_MS = 10_000;
    private static final XmlNode NO_ROUTE = XmlNode.builder("route").build();

    private final Init init;

    Routing(Init init) { this.init = init; }

    /** Where a request goes: the parent, or a child's announced service. */
    private sealed interface Target permits ToParent, ToChild { }

    private record ToParent(String label) implements Target { }

    private record ToChild(Announcement<?> announcement, String label) implements Target { }

    <S extends Session> S route(Child child, SessionRequest<S> request) {
        String local = request.label();
        String label = Labels.prefixed(child.name(), local);
        if (request.service().equals("ROM") && local.equals("config") && !explicitlyRouted(child, request)) {
            return init.serveConfig(child, request.labelled(label));
        }
        Target target = resolve(child, request, label);
        if (target instanceof ToParent p) return init.env().parent().session(request.labelled(p.label()));
        return open((ToChild) target, request);
    }

    @SuppressWarnings("unchecked")
    private <S extends Session> S open(ToChild target, SessionRequest<S> request) {
        Announcement<?> a = target.announcement();
        if (a.type() != request.type())
            throw new ServiceDeniedException(a.server().label() + " announced " + a.type().getName()
                    + " under the name " + request.service() + ", not " + request.type().getName());
        Announcement<S> typed = (Announcement<S>) a;
        return typed.server().serve(typed.service(), request.labelled(target.label()));
    }

    private XmlNode routes(Child child) {
        return child.start().child("route").or(() -> init.config().child("default-route")).orElse(NO_ROUTE);
    }

    private boolean explicitlyRouted(Child child, SessionRequest<?> request) {
        return firstMatch(child, request).map(e -> e.has("label") || e.has("label_prefix") || e.has("label_suffix"))
                .orElse(false);
    }

    private Optional<XmlNode> firstMatch(Child child, SessionRequest<?> request) {
        for (XmlNode entry : routes(child).children()) if (matches(entry, request)) return Optional.of(entry);
        return Optional.empty();
    }

    private static boolean matches(XmlNode entry, SessionRequest<?> request) {
        boolean service = entry.is("any-service")
                || (entry.is("service") && entry.attribute("name", "").equals(request.service()));
        String label = request.label();
        return service
                && entry.attribute("label").map(label::equals).orElse(true)
                && entry.attribute("label_prefix").map(label::startsWith).orElse(true)
                && entry.attribute("label_suffix").map(label::endsWith).orElse(true);
    }

    private synchronized Target resolve(Child child, SessionRequest<?> request, String label) {
        String service = request.service();
        List<String> reasons = new ArrayList<>();
        for (XmlNode entry : routes(child).children()) {
            if (!matches(entry, request)) continue;
            boolean tryAll = entry.is("any-service");
            for (XmlNode target : entry.children()) {
                String targetLabel = target.attribute("label", label);
                Optional<Target> found = switch (target.type()) {
                    case "parent" -> parentProvides(service) ? Optional.of(new ToParent(targetLabel)) : Optional.empty();
                    case "child" -> childTarget(init.child(target.required("name")), service, targetLabel, reasons);
                    case "any-child" -> anyChild(child, service, targetLabel, reasons);
                    default -> throw target.error("unknown route target");
                };
                if (found.isPresent()) return found.get();
                reasons.add("<" + target.type() + target.attribute("name").map(n -> " name=\"" + n + "\"").orElse("")
                        + "/> does not provide it");
                if (!tryAll) break;
            }
            if (!tryAll) throw denied(child, service, label, entry.location() + ": " + String.join("; ", reasons));
        }
        throw denied(child, service, label, reasons.isEmpty() ? "no route matches" : String.join("; ", reasons));
    }

    private boolean parentProvides(String service) {
        return init.config().child("parent-provides")
                .map(p -> p.children("service").stream().anyMatch(s -> s.attribute("name", "").equals(service)))
                .orElse(true);
    }

    private Optional<Target> childTarget(Optional<Child> server, String service, String label, List<String> reasons) {
        if (server.isEmpty()) return Optional.empty();
        Child c = server.get();
        long deadline = System.currentTimeMillis() + ANNOUNCE_TIMEOUT_MS;
        while (c.announcement(service) == null && c.provides().contains(service) && c.state() == Child.State.RUNNING
                && init.child(c.name()).orElse(null) == c) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                reasons.add(c.name() + " did not announce " + service + " within " + ANNOUNCE_TIMEOUT_MS + " ms");
                return Optional.empty();
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        Announcement<?> a = c.announcement(service);
        return a == null ? Optional.empty() : Optional.of(new ToChild(a, label));
    }

    private Optional<Target> anyChild(Child requester, String service, String label, List<String> reasons) {
        List<Child> candidates = init.children().stream()
                .filter(c -> c != requester && (c.announcement(service) != null || c.provides().contains(service)))
                .toList();
        if (candidates.size() > 1) {
            reasons.add("<any-child/> is ambiguous: " + candidates.stream().map(Child::name).toList() + " all provide it");
            return Optional.empty();
        }
        return candidates.isEmpty() ? Optional.empty() : childTarget(Optional.of(candidates.get(0)), service, label, reasons);
    }

    private ServiceDeniedException denied(Child child, String service, String label, String why) {
        return new ServiceDeniedException(init.env().label() + ": " + service + " session of '" + child.name()
                + "' (label '" + label + "') denied: " + why);
    }
}
