package org.jenode.base.init;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.RamAccount;
import org.jenode.base.ServiceException;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.parent.Children;
import org.jenode.base.parent.Ending;
import org.jenode.base.parent.Isolation;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;

/**
 * The init supervisor. Its config is Genode's init dialect:
 *
 * <pre>{@code
 * <config>
 *   <parent-provides> <service name="ROM"/> <service name="Timer"/> </parent-provides>
 *   <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
 *   <report delay_ms="1000"/>
 *   <start name="report_rom">
 *     <resource name="RAM" quantum="1M"/>
 *     <provides> <service name="Report"/> <service name="ROM"/> </provides>
 *     <config> <policy label="status_bar -> focus" report="nitpicker -> focus"/> </config>
 *   </start>
 * </config>
 * }</pre>
 *
 * When the config changes, init compares start nodes by name: removed children are stopped and their
 * quota reclaimed, new ones start, a child whose start node differs only in {@code <config>} gets the
 * new config as a ROM update and keeps running, any other change restarts the child, and unchanged
 * children are not touched. A config with an error is reported with its position and not applied: the
 * running one is kept (at start: nothing runs until the config is fixed). A faulty child is stopped and
 * reported; its siblings keep running. A child whose entrypoint has been busy longer than
 * {@code stall_timeout_ms} is reported as stalled, and one in a process of its own
 * ({@code <start isolation="process">}) is killed then, as a fault.
 *
 * <p>All of init's state lives on its entrypoint: the runtime calls the children's policies there.
 */
public final class Init implements Component {

    /** What init keeps for itself when a quantum is larger than what is left (as Genode's init did). */
    static final long PRESERVED_RAM = 128 * 1024;

    private final Env env;
    private final Children children;
    private final Routing routing;
    private final Map<String, Child> family = new LinkedHashMap<>();
    /** Children stopped by the last reconfiguration, and earlier ones whose execution has not ended yet. */
    private final List<Stopped> stopped = new ArrayList<>();
    private InitConfig config = InitConfig.NONE;
    /**
     * Set once a child's exit ends init: siblings that then fail on the sessions of the stopped child
     * (a GUI server whose framebuffer went away with the window) are part of the shutdown, not faults.
     */
    private boolean exiting;
    private final StateReport report;
    private final StallWatch stallWatch;

    /** A child that was stopped, and why; whether its execution has ended is asked of its handle. */
    private record Stopped(Child child, String reason) { }

    public Init(Env env, Children children) {
        this.env = env;
        this.children = children;
        this.routing = new Routing(env.label(), env.log());
        this.report = new StateReport(env, this::state);
        this.stallWatch = new StallWatch(env, family::values, report::changed, this::stalled);
        env.config().sigh(env.ep().handler(this::reconfigure));
        read().ifPresent(this::apply);
    }

    private void reconfigure() {
        env.config().update();
        read().filter(next -> !next.xml().equals(config.xml())).ifPresent(this::apply);
    }

    /** The config as it is now, or empty (and reported) if it has an error. */
    private Optional<InitConfig> read() {
        try {
            return Optional.of(InitConfig.parse(env.config().xml()));
        } catch (XmlException e) {
            env.log().error("config rejected, {}: {}", config == InitConfig.NONE ? "nothing started" : "keeping the running one",
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Brings the children in line with {@code next}, touching only what changed. */
    private void apply(InitConfig next) {
        next.warnings().forEach(w -> env.log().warn("{}", w));
        Map<String, StartNode> starts = new LinkedHashMap<>();
        for (StartNode start : next.starts()) starts.put(start.name(), start);
        stopped.removeIf(s -> s.child().handle().map(ChildHandle::ended).orElse(true));
        for (Child c : List.copyOf(family.values())) {
            if (!starts.containsKey(c.name())) {
                env.log().info("stopping {} (removed from config)", c.name());
                stopped.add(new Stopped(c, "removed"));
                stop(c, "removed", "was removed from the config");
            }
        }
        config = next;
        Map<String, Child> result = new LinkedHashMap<>();
        List<Child> toLaunch = new ArrayList<>();
        for (StartNode start : starts.values()) {
            Child current = family.get(start.name());
            if (current != null && current.start().xml().equals(start.xml())) {
                current.renew(start);
                result.put(start.name(), current);
            } else if (current != null && current.state() == Child.State.RUNNING && current.start().sameButConfig(start)) {
                current.reconfigure(start);
                result.put(start.name(), current);
            } else {
                if (current != null) {
                    env.log().info("restarting {} (start node changed)", start.name());
                    stopped.add(new Stopped(current, "restarted"));
                    stop(current, "restarted", "was restarted");
                }
                Child fresh = new Child(start);
                result.put(start.name(), fresh);
                toLaunch.add(fresh);
            }
        }
        family.clear();
        family.putAll(result);
        toLaunch.forEach(this::launch);
        report.configure(config.reportDelayMs());
        stallWatch.configure(config.stallTimeout());
        report.changed();
    }

    private void launch(Child child) {
        StartNode start = child.start();
        Optional<Binary> binary = children.binary(start.binary());
        if (binary.isEmpty()) {
            env.log().warn("{}: <start name=\"{}\">: no binary '{}'; the child is not started", start.location(),
                    child.name(), start.binary());
            child.skipped("no binary '" + start.binary() + "'");
            return;
        }
        long quantum = start.quantum();
        long left = Math.max(0, env.ram().avail() - PRESERVED_RAM);
        if (quantum > left) {
            env.log().warn("{}: <resource>: quantum {} exceeds what init has left; {} starts with {}", start.quantumAt(),
                    quantum, child.name(), left);
            quantum = left;
        }
        RamAccount ram = null;
        try {
            ram = env.ram().split(quantum, env.label() + " -> " + child.name());
            ChildHandle handle = children.start(new ChildSpec(child.name(), binary.get(), ram, child.config(), start.isolation()),
                    new Policy(child));
            child.launched(handle, ram);
        } catch (ServiceException e) {
            if (ram != null) ram.close(); // refused before it ran (a jar's binary on threads): its quantum is init's again
            env.log().error("{}: {}", child.name(), e.getMessage());
            child.faulted(e.getMessage());
        }
    }

    /**
     * Ends {@code child} without waiting for it. Its account closes now; its quota returns once the
     * sessions it opened have ended (their donations stay with their servers until then).
     */
    private void stop(Child child, String reason, String gone) {
        routing.gone(child, gone);
        child.handle().ifPresent(h -> h.kill(reason).whenComplete((_, _) -> env.ep().post(report::changed)));
        child.stopped();
    }

    /** What init decides for one child; the runtime calls it on init's entrypoint. */
    private final class Policy implements ChildPolicy {

        private final Child child;

        Policy(Child child) { this.child = child; }

        @Override public Route route(RouteRequest request) { return routing.route(config, family, child, request); }

        @Override public void announced(Announcement announcement) {
            if (child.state() != Child.State.RUNNING) return;
            if (!child.start().provides().contains(announcement.service())) {
                // a driver offers all it can; what the config does not declare is not routed (Genode refused it)
                if (config.verbose()) env.log().info("{} announced {}, which its <provides> does not list; not routed",
                        child.name(), announcement.service());
                return;
            }
            child.announced(announcement);
            routing.announced(config, child, announcement);
            if (config.verbose()) env.log().info("{} announced {}", child.name(), announcement.service());
            report.changed();
        }

        @Override public void ended(Ending ending) {
            if (child.state() != Child.State.RUNNING || family.get(child.name()) != child) return;
            switch (ending) {
                case Ending.Faulted(Throwable fault) -> {
                    if (exiting) env.log().debug("{} stopped while init exits: {}", child.name(), fault.toString());
                    else env.log().error("{} faulted and was stopped: {}", child.name(), fault.toString(), fault);
                    child.faulted(fault.toString());
                    stop(child, "faulted", "faulted (" + fault + ")");
                }
                case Ending.Exited(int code) -> exited(child, code);
            }
            report.changed();
        }
    }

    /**
     * A child stopped answering. One in a process of its own is killed, as a fault: unlike a thread, a
     * process can be made to end. One on init's threads is only reported (it may still answer).
     */
    private void stalled(Child child, Duration busy) {
        if (child.start().isolation() != Isolation.PROCESS || child.state() != Child.State.RUNNING) return;
        String why = "stopped answering: its entrypoint was busy for " + busy.toMillis() + " ms, so its process was killed";
        env.log().error("{} {}", child.name(), why);
        child.faulted(why);
        stop(child, "stalled", "stalled");
        report.changed();
    }

    /**
     * A child ended itself. With {@code <exit propagate="yes"/>} in its start node, init ends too, with
     * the same code (so closing the desktop's window ends the run); otherwise the child is stopped.
     */
    private void exited(Child child, int code) {
        env.log().info("{} exited with code {}", child.name(), code);
        boolean propagate = child.start().exitPropagates();
        exiting |= propagate;
        child.exited(code);
        stop(child, "exited", "exited");
        if (propagate) env.exit(code);
    }

    /**
     * The state report: init's RAM; each child's state, RAM, fault and the services it announced; and
     * the children stopped by the last reconfiguration, with whether their execution has ended.
     */
    private XmlNode state() {
        XmlNode.Builder state = XmlNode.builder("state");
        state.child(XmlNode.builder("ram").attribute("quota", env.ram().quota()).attribute("used", env.ram().used())
                .attribute("avail", env.ram().avail()));
        for (Child c : family.values()) {
            boolean stalled = c.state() == Child.State.RUNNING && c.stalled();
            XmlNode.Builder child = XmlNode.builder("child").attribute("name", c.name())
                    .attribute("binary", c.start().binary())
                    .attribute("state", stalled ? "stalled" : c.state().name().toLowerCase());
            if (c.state() == Child.State.RUNNING) {
                c.ram().ifPresent(ram -> child.attribute("ram_quota", ram.quota()).attribute("ram_used", ram.used())
                        .attribute("ram_avail", ram.avail()));
            }
            if (stalled) c.handle().ifPresent(h -> child.attribute("busy_ms", h.busy().toMillis()));
            if (!c.message().isEmpty()) child.child(XmlNode.builder("fault").attribute("message", c.message()));
            c.announced().forEach(service -> child.child(XmlNode.builder("announced").attribute("service", service)));
            state.child(child);
        }
        for (Stopped s : stopped) {
            boolean ended = s.child().handle().map(ChildHandle::ended).orElse(true);
            state.child(XmlNode.builder("stopped").attribute("name", s.child().name()).attribute("reason", s.reason())
                    .attribute("ended", ended));
        }
        return state.build();
    }

    @Override public void close() { report.close(); }
}
