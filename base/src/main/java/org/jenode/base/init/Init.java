package org.jenode.base.init;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.ComponentEnv;
import org.jenode.base.Env;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.ServiceException;
import org.jenode.base.Session;
import org.jenode.base.SessionRequest;
import org.jenode.base.SignalHandler;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.RomSession;
import org.jenode.base.timer.TimerSession;
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
 * children are not touched. A config that does not parse is reported and the running one is kept.
 * A faulty child is stopped and reported; its siblings keep running.
 */
public final class Init implements Component {

    private final ComponentEnv env;
    private final Routing routing = new Routing(this);
    private final SignalHandler stateChanged;
    private final AtomicBoolean reportPending = new AtomicBoolean();
    /**
     * Set once a child's exit ends init: siblings that then fail on the sessions of the stopped child
     * (a GUI server whose framebuffer went away with the window) are part of the shutdown, not faults.
     */
    private boolean exiting;
    /** Replaced as a whole on reconfiguration; read by routing on children's threads. */
    private volatile Map<String, Child> children = Map.of();
    private volatile XmlNode config;
    private Reporter stateReporter;
    private TimerSession reportTimer;

    public Init(Env env) {
        if (!(env instanceof ComponentEnv self)) throw new IllegalArgumentException("init needs a ComponentEnv");
        this.env = self;
        this.stateChanged = env.ep().handler(this::report);
        env.config().sigh(env.ep().handler(this::reconfigure));
        XmlNode first = env.config().xml();
        validate(first);
        apply(first);
    }

    ComponentEnv env() { return env; }

    XmlNode config() { return config; }

    Routing routing() { return routing; }

    Collection<Child> children() { return children.values(); }

    Optional<Child> child(String name) { return Optional.ofNullable(children.get(name)); }

    Binary binary(String name) { return env.parent().binary(name); }

    /** Serves a child's {@code config} ROM from its start node. */
    @SuppressWarnings("unchecked")
    <S extends Session> S serveConfig(Child child, SessionRequest<S> request) {
        if (request.type() != RomSession.class) throw new ServiceDeniedException("'config' is a ROM session");
        SessionRequest<RomSession> rom = (SessionRequest<RomSession>) (SessionRequest<?>) request;
        return (S) env.serve(r -> child.config().session(), rom);
    }

    private void reconfigure() {
        env.config().update();
        XmlNode next;
        try {
            next = env.config().xml();
            validate(next);
        } catch (XmlException e) {
            env.log().error("new config rejected, keeping the running one: {}", e.getMessage());
            return;
        }
        if (!next.equals(config)) apply(next);
    }

    private static void validate(XmlNode config) {
        List<String> names = new ArrayList<>();
        for (XmlNode start : config.children("start")) {
            String name = start.required("name");
            if (name.isBlank() || name.contains(">")) throw start.error("invalid child name '" + name + "'");
            if (names.contains(name)) throw start.error("duplicate child name '" + name + "'");
            names.add(name);
            start.children("resource").forEach(r -> r.sizeAttribute("quantum", 0));
        }
    }

    /** Brings the children in line with {@code next}, touching only what changed. */
    private void apply(XmlNode next) {
        Map<String, XmlNode> starts = new LinkedHashMap<>();
        for (XmlNode start : next.children("start")) starts.put(start.required("name"), start);

        Map<String, Child> old = children;
        for (Child c : old.values()) {
            if (!starts.containsKey(c.name())) {
                env.log().info("stopping {} (removed from config)", c.name());
                c.stop("removed", Child.State.STOPPED);
            }
        }
        config = next;
        Map<String, Child> result = new LinkedHashMap<>();
        List<Child> toLaunch = new ArrayList<>();
        for (XmlNode start : starts.values()) {
            String name = start.required("name");
            Child current = old.get(name);
            if (current != null && current.start().equals(start)) {
                result.put(name, current);
            } else if (current != null && current.alive() && sameButConfig(current.start(), start)) {
                current.reconfigure(start);
                result.put(name, current);
            } else {
                if (current != null) {
                    env.log().info("restarting {} (start node changed)", name);
                    current.stop("restarted", Child.State.STOPPED);
                }
                Child fresh = new Child(start, this);
                result.put(name, fresh);
                toLaunch.add(fresh);
            }
        }
        children = result;
        toLaunch.forEach(this::launch);
        configureReport(next);
        stateChanged();
    }

    private static boolean sameButConfig(XmlNode a, XmlNode b) {
        return Objects.equals(withoutConfig(a), withoutConfig(b));
    }

    private static XmlNode withoutConfig(XmlNode start) {
        XmlNode.Builder copy = XmlNode.builder(start.type());
        start.attributes().forEach(copy::attribute);
        start.children().stream().filter(c -> !c.is("config")).forEach(copy::child);
        return copy.build();
    }

    private void launch(Child child) {
        try {
            Binary binary = binary(child.binaryName());
            long quantum = child.quantum();
            child.launch(env, binary, env.ram().split(quantum, env.label() + " -> " + child.name()));
        } catch (QuotaExceededException e) {
            fail(child, "insufficient RAM for quantum " + child.quantum() + ": init has " + e.available() + " bytes left");
        } catch (ServiceException e) {
            fail(child, e.getMessage());
        }
    }

    private void fail(Child child, String why) {
        env.log().error("{}: {}", child.name(), why);
        child.failed(why);
    }

    /** Fault handler of a child; runs on the faulting child's thread, so the work moves to init's. */
    void childFaulted(Child child, Throwable fault) {
        env.ep().post(() -> {
            if (child.state() != Child.State.RUNNING) return;
            if (exiting) env.log().debug("{} stopped while init exits: {}", child.name(), fault.toString());
            else env.log().error("{} faulted and was stopped: {}", child.name(), fault.toString(), fault);
            child.failed(fault.toString());
            child.stop("faulted", Child.State.FAULTED);
            stateChanged();
        });
    }

    /**
     * A child ended itself. With {@code <exit propagate="yes"/>} in its start node, init ends too, with
     * the same code (so closing the desktop's window ends the run); otherwise the child is stopped.
     */
    void childExited(Child child, int code) {
        env.ep().post(() -> {
            env.log().info("{} exited with code {}", child.name(), code);
            boolean propagate = child.start().child("exit").map(e -> e.boolAttribute("propagate", false)).orElse(false);
            exiting |= propagate;
            child.exited(code);
            child.stop("exited", Child.State.STOPPED);
            stateChanged();
            if (propagate) env.exit(code);
        });
    }

    void stateChanged() {
        if (!reportPending.getAndSet(true)) stateChanged.submit();
    }

    private void configureReport(XmlNode next) {
        Optional<XmlNode> spec = next.child("report");
        if (spec.isEmpty()) {
            if (stateReporter != null) stateReporter.close();
            stateReporter = null;
            return;
        }
        if (stateReporter == null) stateReporter = new Reporter(env, "state");
        long delayMs = spec.get().longAttribute("delay_ms", 0);
        if (delayMs > 0) {
            if (reportTimer == null) {
                reportTimer = env.session(TimerSession.class, "state report");
                reportTimer.sigh(env.ep().handler(this::stateChanged));
            }
            reportTimer.triggerPeriodic(delayMs * 1000);
        }
    }

    private void report() {
        reportPending.set(false);
        if (stateReporter == null) return;
        stateReporter.report(state());
    }

    /** The state report: init's RAM and each child's state, RAM and faults. */
    XmlNode state() {
        XmlNode.Builder state = XmlNode.builder("state");
        state.child(XmlNode.builder("ram").attribute("quota", env.ram().quota()).attribute("used", env.ram().used())
                .attribute("avail", env.ram().avail()));
        for (Child c : children.values()) {
            XmlNode.Builder child = XmlNode.builder("child").attribute("name", c.name())
                    .attribute("binary", c.binaryName()).attribute("state", c.state().name().toLowerCase());
            if (c.ram() != null && c.state() == Child.State.RUNNING) {
                child.attribute("ram_quota", c.ram().quota()).attribute("ram_used", c.ram().used())
                        .attribute("ram_avail", c.ram().avail());
            }
            if (!c.fault().isEmpty()) child.child(XmlNode.builder("fault").attribute("message", c.fault()));
            state.child(child);
        }
        return state.build();
    }

    @Override public void close() {
        List<Child> all = new ArrayList<>(children.values());
        for (int i = all.size() - 1; i >= 0; i--) all.get(i).stop("init stopped", Child.State.STOPPED);
        if (stateReporter != null) stateReporter.close();
    }
}
