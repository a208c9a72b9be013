package org.jenode.base.init;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jenode.base.Labels;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.slf4j.Logger;

/**
 * Decides a child's session request by init's rules: the child's {@code <route>}, or the
 * {@code <default-route>}, tried entry by entry in document order.
 *
 * <pre>{@code
 * <route>
 *   <service name="ROM"> <if-arg key="label" value="focus"/> <child name="report_rom"/> </service>
 *   <service name="Nitpicker" label_prefix="menu"> <child name="nitpicker"/> </service>
 *   <any-service> <parent/> <any-child/> </any-service>
 * </route>
 * }</pre>
 *
 * An entry matches its service name and its conditions ({@code label}, {@code label_prefix},
 * {@code label_suffix}, {@code <if-arg key value>}) against the label the child chose. For a
 * {@code <service>} entry the first target decides; an {@code <any-service>} entry tries its targets in
 * turn and then the next entry. Targets are {@code <parent/>} (a service of {@code <parent-provides>}),
 * {@code <child name/>} (a child or an {@code <alias>}) and {@code <any-child/>} (which must be
 * unambiguous); a {@code label} on a target replaces the session label. A child that was not started,
 * faulted or stopped provides nothing.
 *
 * <p>A request for a service that the child declares in {@code <provides>} but has not announced yet is
 * parked: the client gets a pending decision, which is answered when the server announces, or denied
 * when the server faults or is stopped (or by the runtime, if it takes too long). Runs on init's
 * entrypoint, which therefore never waits for a server.
 */
final class Routing {

    private final String initLabel;
    private final Logger log;
    /** Requests waiting for a server's announcement, by server. */
    private final Map<Child, List<Parked>> parked = new HashMap<>();

    Routing(String initLabel, Logger log) {
        this.initLabel = initLabel;
        this.log = log;
    }

    private record Parked(String service, String label, String client, String deniedPrefix, CompletableFuture<Route> decision) { }

    /** What one target says about a request: a route, or why not. */
    private sealed interface Outcome {
        record Found(Route route, String target) implements Outcome { }
        record NotHere(String why) implements Outcome { }
    }

    Route route(InitConfig config, Map<String, Child> children, Child client, RouteRequest request) {
        String service = request.service();
        String local = request.label();
        if (service.equals("ROM") && local.equals("config")) {
            if (client.start().configfile().isPresent()) {
                local = client.start().configfile().get();
            } else if (!explicitlyRouted(config, client, request)) {
                return decided(config, client, service, Labels.prefixed(client.name(), local), new Route.OwnConfig(),
                        "its <config>", "");
            }
        }
        String label = Labels.prefixed(client.name(), local);
        List<String> reasons = new ArrayList<>();
        for (RouteRule rule : config.routesOf(client.start())) {
            if (!rule.matches(service, local, request.args())) continue;
            for (RouteRule.Target target : rule.targets()) {
                String targetLabel = target.label().orElse(label);
                switch (resolve(config, children, client, service, target, targetLabel)) {
                    case Outcome.Found(Route route, String description) -> {
                        return decided(config, client, service, label, route, description, " (" + rule.location() + ")");
                    }
                    case Outcome.NotHere(String why) -> reasons.add(why);
                }
                if (!rule.anyService()) break;
            }
            if (!rule.anyService()) throw denied(config, client, service, label, rule.location() + ": " + String.join("; ", reasons));
        }
        throw denied(config, client, service, label, reasons.isEmpty() ? "no route matches" : String.join("; ", reasons));
    }

    private static boolean explicitlyRouted(InitConfig config, Child client, RouteRequest request) {
        for (RouteRule rule : config.routesOf(client.start())) {
            if (rule.matches(request.service(), request.label(), request.args())) return rule.selectsByLabel();
        }
        return false;
    }

    private Outcome resolve(InitConfig config, Map<String, Child> children, Child client, String service,
                            RouteRule.Target target, String label) {
        return switch (target) {
            case RouteRule.Target.ToParent _ -> config.parentProvides(service)
                    ? new Outcome.Found(new Route.ToParent(label), "the parent")
                    : new Outcome.NotHere("<parent/>: " + service + " is not in <parent-provides>");
            case RouteRule.Target.ToChild(String name, var _) -> {
                Child server = children.get(config.childNamed(name));
                yield server == null ? new Outcome.NotHere("<child name=\"" + name + "\"/>: there is no child '" + name + "'")
                        : fromChild(client, server, service, label);
            }
            case RouteRule.Target.ToAnyChild _ -> {
                List<Child> candidates = children.values().stream().filter(c -> c != client && c.mayProvide(service)).toList();
                if (candidates.size() > 1)
                    yield new Outcome.NotHere("<any-child/> is ambiguous: " + candidates.stream().map(Child::name).toList()
                            + " all provide " + service);
                yield candidates.isEmpty() ? new Outcome.NotHere("<any-child/>: no child provides " + service)
                        : fromChild(client, candidates.get(0), service, label);
            }
        };
    }

    private Outcome fromChild(Child client, Child server, String service, String label) {
        String who = "child '" + server.name() + "'";
        return switch (server.state()) {
            case SKIPPED -> new Outcome.NotHere(who + " was not started: " + server.message());
            case FAULTED -> new Outcome.NotHere(who + " faulted: " + server.message());
            case EXITED -> new Outcome.NotHere(who + " exited" + (server.message().isEmpty() ? "" : " with " + server.message()));
            case STOPPED -> new Outcome.NotHere(who + " was stopped");
            case RUNNING -> {
                var announced = server.announcement(service);
                if (announced.isPresent()) yield new Outcome.Found(new Route.ToService(announced.get(), label), who);
                if (!server.start().provides().contains(service))
                    yield new Outcome.NotHere(who + " does not provide " + service + " (its <provides> does not list it)");
                yield new Outcome.Found(park(client, server, service, label), who + ", once it announces " + service);
            }
        };
    }

    private Route park(Child client, Child server, String service, String label) {
        CompletableFuture<Route> decision = new CompletableFuture<>();
        String deniedPrefix = initLabel + ": " + service + " session of '" + client.name() + "' (label '" + label + "') denied: ";
        List<Parked> waiting = parked.computeIfAbsent(server, _ -> new ArrayList<>());
        waiting.removeIf(p -> p.decision().isDone());
        waiting.add(new Parked(service, label, client.name(), deniedPrefix, decision));
        return new Route.Pending(decision, "child '" + server.name() + "' to announce " + service);
    }

    /** {@code server} announced: the requests waiting for that service go to it. */
    void announced(InitConfig config, Child server, Announcement announcement) {
        List<Parked> waiting = parked.getOrDefault(server, List.of());
        for (Parked p : List.copyOf(waiting)) {
            if (!p.service().equals(announcement.service())) continue;
            waiting.remove(p);
            if (p.decision().complete(new Route.ToService(announcement, p.label())) && config.verbose())
                log.info("{}: {} '{}' -> child '{}' (announced)", p.client(), p.service(), p.label(), server.name());
        }
    }

    /** {@code server} is gone or will not serve any more: the requests waiting for it are denied. */
    void gone(Child server, String why) {
        List<Parked> waiting = parked.remove(server);
        if (waiting == null) return;
        for (Parked p : waiting) p.decision().completeExceptionally(new ServiceDeniedException(p.deniedPrefix()
                + "child '" + server.name() + "' " + why + " before it announced " + p.service()));
    }

    private Route decided(InitConfig config, Child client, String service, String label, Route route, String target, String where) {
        if (config.verbose()) log.info("{}: {} '{}' -> {}{}", client.name(), service, label, target, where);
        return route;
    }

    /** A denial reaches the client, which decides whether it matters (many ROMs are optional). */
    private ServiceDeniedException denied(InitConfig config, Child client, String service, String label, String why) {
        ServiceDeniedException e = new ServiceDeniedException(initLabel + ": " + service + " session of '" + client.name()
                + "' (label '" + label + "') denied: " + why);
        if (config.verbose()) log.info("{}", e.getMessage());
        return e;
    }
}
