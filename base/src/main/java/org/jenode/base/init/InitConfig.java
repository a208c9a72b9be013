package org.jenode.base.init;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jenode.base.Labels;
import org.jenode.base.parent.Isolation;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;

/**
 * init's config, read as a whole before any of it is applied: every malformed size, number or attribute
 * is an {@link XmlException} with its position, so a config with an error is rejected and never half
 * applied. What Genode's init of 14.x-15.x understood but Jenode cannot honour (CPU quota, affinities,
 * priorities have no effect here) and anything unknown is collected as a warning with its position.
 *
 * @param parentProvides the services {@code <parent/>} may give; empty if the config has no
 *                       {@code <parent-provides>}, which allows all
 * @param aliases        {@code <alias name child>}: names that route to a child
 * @param reportDelayMs  {@code <report delay_ms>}: empty without {@code <report>}
 * @param stallTimeout   how long a child's entrypoint may be busy before it is reported as stalled;
 *                       zero switches the watch off
 */
record InitConfig(XmlNode xml, boolean verbose, Optional<Set<String>> parentProvides, List<RouteRule> defaultRoute,
                  Map<String, String> aliases, List<StartNode> starts, Optional<Long> reportDelayMs,
                  Duration stallTimeout, List<String> warnings) {

    static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(10);

    /** The config of an init that has not read one yet. */
    static final InitConfig NONE = new InitConfig(XmlNode.builder("config").build(), false, Optional.empty(), List.of(),
            Map.of(), List.of(), Optional.empty(), Duration.ZERO, List.of());

    /** The routes of a child: its own {@code <route>}, else the {@code <default-route>}. */
    List<RouteRule> routesOf(StartNode start) { return start.route().orElse(defaultRoute); }

    boolean parentProvides(String service) { return parentProvides.map(s -> s.contains(service)).orElse(true); }

    /** The child an {@code <alias>} or a child name refers to. */
    String childNamed(String name) { return aliases.getOrDefault(name, name); }

    static InitConfig parse(XmlNode config) {
        return new Reader().read(config);
    }

    /** One reading of a config, collecting warnings on the way. */
    private static final class Reader {

        private final List<String> warnings = new ArrayList<>();

        InitConfig read(XmlNode config) {
            attributes(config, Set.of("verbose", "prio_levels", "stall_timeout_ms"));
            boolean verbose = config.boolAttribute("verbose", false);
            config.intAttribute("prio_levels", 0); // accepted: priorities have no effect in Jenode
            long stallMs = config.longAttribute("stall_timeout_ms", DEFAULT_STALL_TIMEOUT.toMillis());
            if (stallMs < 0) throw config.error("stall_timeout_ms=\"" + stallMs + "\" is negative");
            Optional<Set<String>> parentProvides = Optional.empty();
            List<RouteRule> defaultRoute = List.of();
            Map<String, String> aliases = new LinkedHashMap<>();
            List<StartNode> starts = new ArrayList<>();
            Optional<Long> report = Optional.empty();
            for (XmlNode node : config.children()) {
                switch (node.type()) {
                    case "parent-provides" -> parentProvides = Optional.of(services(node));
                    case "default-route" -> defaultRoute = routes(node);
                    case "alias" -> alias(node, aliases);
                    case "start" -> starts.add(start(node));
                    case "report" -> report = Optional.of(report(node));
                    case "affinity-space" -> warn(node, "CPU affinities have no effect in Jenode");
                    default -> warn(node, "unknown element, ignored");
                }
            }
            Set<String> names = new LinkedHashSet<>();
            for (StartNode start : starts) {
                if (!names.add(start.name()) || aliases.containsKey(start.name()))
                    throw start.xml().error("child name '" + start.name() + "' is not unique");
            }
            aliases.forEach((alias, child) -> {
                if (!names.contains(child)) warnings.add(config.location() + ": <alias name=\"" + alias
                        + "\">: there is no child '" + child + "'");
            });
            return new InitConfig(config, verbose, parentProvides, defaultRoute, Map.copyOf(aliases), List.copyOf(starts),
                    report, Duration.ofMillis(stallMs), List.copyOf(warnings));
        }

        private StartNode start(XmlNode node) {
            attributes(node, Set.of("name", "priority", "isolation"));
            String name = node.required("name");
            if (name.isBlank() || name.contains(">") || name.length() > Labels.MAX_ELEMENT)
                throw node.error("invalid child name '" + name + "' (not blank, no '>', at most " + Labels.MAX_ELEMENT + " characters)");
            node.intAttribute("priority", 0); // accepted: priorities have no effect in Jenode
            Isolation isolation = switch (node.attribute("isolation", "thread")) {
                case "thread" -> Isolation.THREAD;
                case "process" -> Isolation.PROCESS;
                default -> throw node.error("isolation=\"" + node.attribute("isolation", "") + "\" is neither \"thread\" nor \"process\"");
            };
            String binary = name;
            long quantum = 0;
            var quantumAt = node.location();
            Set<String> provides = Set.of();
            Optional<List<RouteRule>> route = Optional.empty();
            Optional<String> configfile = Optional.empty();
            boolean exitPropagates = false;
            for (XmlNode child : node.children()) {
                switch (child.type()) {
                    case "binary" -> {
                        attributes(child, Set.of("name"));
                        binary = child.required("name");
                    }
                    case "resource" -> {
                        String resource = child.required("name");
                        if (resource.equals("RAM")) {
                            attributes(child, Set.of("name", "quantum"));
                            quantum = child.sizeAttribute("quantum", 0);
                            quantumAt = child.location();
                        } else {
                            child.sizeAttribute("quantum", 0);
                            warn(child, "the " + resource + " resource has no effect in Jenode");
                        }
                    }
                    case "provides" -> provides = services(child);
                    case "route" -> route = Optional.of(routes(child));
                    case "config" -> { }
                    case "configfile" -> {
                        attributes(child, Set.of("name"));
                        configfile = Optional.of(child.required("name"));
                    }
                    case "exit" -> {
                        attributes(child, Set.of("propagate"));
                        exitPropagates = child.boolAttribute("propagate", false);
                    }
                    case "affinity" -> warn(child, "CPU affinities have no effect in Jenode");
                    default -> warn(child, "unknown element, ignored");
                }
            }
            if (configfile.isPresent() && node.hasChild("config"))
                warn(node, "has both <config> and <configfile>; the child gets the ROM named by <configfile>");
            return new StartNode(node, name, binary, quantum, quantumAt, provides, route, configfile, exitPropagates, isolation);
        }

        private Set<String> services(XmlNode list) {
            Set<String> names = new LinkedHashSet<>();
            for (XmlNode service : list.children()) {
                if (!service.is("service")) {
                    warn(service, "unknown element, ignored (expected <service name>)");
                    continue;
                }
                attributes(service, Set.of("name"));
                names.add(service.required("name"));
            }
            return Set.copyOf(names);
        }

        private List<RouteRule> routes(XmlNode table) {
            List<RouteRule> rules = new ArrayList<>();
            for (XmlNode entry : table.children()) {
                Optional<String> service;
                if (entry.is("service")) {
                    service = Optional.of(entry.required("name"));
                    attributes(entry, Set.of("name", "label", "label_prefix", "label_suffix"));
                } else if (entry.is("any-service")) {
                    service = Optional.empty();
                    attributes(entry, Set.of("label", "label_prefix", "label_suffix"));
                } else {
                    warn(entry, "unknown route entry, ignored (expected <service> or <any-service>)");
                    continue;
                }
                List<RouteRule.Condition> conditions = new ArrayList<>();
                entry.attribute("label").map(l -> new RouteRule.Condition.LabelIs(bounded(entry, l))).ifPresent(conditions::add);
                entry.attribute("label_prefix").map(RouteRule.Condition.LabelPrefix::new).ifPresent(conditions::add);
                entry.attribute("label_suffix").map(RouteRule.Condition.LabelSuffix::new).ifPresent(conditions::add);
                List<RouteRule.Target> targets = new ArrayList<>();
                for (XmlNode target : entry.children()) {
                    switch (target.type()) {
                        case "if-arg", "if-args" -> {
                            attributes(target, Set.of("key", "value"));
                            conditions.add(new RouteRule.Condition.ArgIs(target.required("key"), target.required("value")));
                        }
                        case "parent" -> targets.add(new RouteRule.Target.ToParent(targetLabel(target, Set.of("label"))));
                        case "child" -> targets.add(new RouteRule.Target.ToChild(target.required("name"),
                                targetLabel(target, Set.of("name", "label"))));
                        case "any-child" -> targets.add(new RouteRule.Target.ToAnyChild(targetLabel(target, Set.of("label"))));
                        default -> warn(target, "unknown route target, ignored (expected <parent/>, <child name/> or <any-child/>)");
                    }
                }
                rules.add(new RouteRule(entry.location(), service, List.copyOf(conditions), List.copyOf(targets)));
            }
            return List.copyOf(rules);
        }

        private Optional<String> targetLabel(XmlNode target, Set<String> known) {
            attributes(target, known);
            return target.attribute("label").map(l -> bounded(target, l));
        }

        /** A label written in the config obeys the same bound as one a component chooses. */
        private static String bounded(XmlNode node, String label) {
            try {
                Labels.requireBounded(label, "label");
            } catch (RuntimeException e) {
                throw node.error(e.getMessage());
            }
            return label;
        }

        private void alias(XmlNode node, Map<String, String> aliases) {
            attributes(node, Set.of("name", "child"));
            String name = node.required("name");
            if (aliases.put(name, node.required("child")) != null) throw node.error("alias name '" + name + "' is not unique");
        }

        private long report(XmlNode node) {
            attributes(node, Set.of("delay_ms"));
            long delay = node.longAttribute("delay_ms", 0);
            if (delay < 0) throw node.error("delay_ms=\"" + delay + "\" is negative");
            return delay;
        }

        /** Warns of every attribute outside {@code known}: Jenode does not honour it. */
        private void attributes(XmlNode node, Set<String> known) {
            for (String attribute : node.attributes().keySet()) {
                if (!known.contains(attribute)) warn(node, "attribute " + attribute + "=\"" + node.attribute(attribute, "")
                        + "\" is not supported and has no effect");
            }
        }

        private void warn(XmlNode node, String message) { warnings.add(node.error(message).getMessage()); }
    }
}
