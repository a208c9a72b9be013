package org.jenode.base.init;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jenode.base.Binary;
import org.jenode.base.ComponentEnv;
import org.jenode.base.Parent;
import org.jenode.base.RamAccount;
import org.jenode.base.Service;
import org.jenode.base.Session;
import org.jenode.base.SessionRequest;
import org.jenode.base.Sessions;
import org.jenode.base.rom.RomModule;
import org.jenode.base.xml.XmlNode;

/**
 * One child of init: its start node, RAM account, config ROM, the services it announced, and what
 * became of it. It is the child's {@link Parent}: requests go to init's {@link Routing}.
 */
final class Child implements Parent {

    enum State { STARTING, RUNNING, FAULTED, EXITED, STOPPED }

    private final String name;
    private volatile XmlNode start;
    private final Init init;
    private final RomModule config = new RomModule("config");
    private final Map<String, Announcement<?>> announced = new ConcurrentHashMap<>();
    private volatile State state = State.STARTING;
    private volatile String fault = "";
    private ComponentEnv env;
    private RamAccount ram;

    Child(XmlNode start, Init init) {
        this.name = start.required("name");
        this.start = start;
        this.init = init;
        config.set(start.child("config").map(XmlNode::toLocatedXml).orElse("<config/>"));
    }

    String name() { return name; }

    XmlNode start() { return start; }

    State state() { return state; }

    String fault() { return fault; }

    RomModule config() { return config; }

    String binaryName() {
        return start.child("binary").map(b -> b.required("name")).orElse(name);
    }

    long quantum() {
        return start.children("resource").stream().filter(r -> r.attribute("name", "").equals("RAM"))
                .findFirst().map(r -> r.sizeAttribute("quantum", 0)).orElse(0L);
    }

    /** Services this child declares in {@code <provides>}; requests for them wait until announced. */
    Set<String> provides() {
        return start.child("provides").map(p -> p.children("service").stream()
                .map(s -> s.required("name")).collect(Collectors.toSet())).orElse(Set.of());
    }

    Announcement<?> announcement(String service) { return announced.get(service); }

    RamAccount ram() { return ram; }

    ComponentEnv env() { return env; }

    boolean alive() { return env != null && env.alive(); }

    /** Creates the child's env and account and constructs its component. */
    void launch(ComponentEnv initEnv, Binary binary, RamAccount account) {
        ram = account;
        env = initEnv.child(name, this, account);
        state = State.RUNNING;
        env.start(binary, fault -> init.childFaulted(this, fault));
    }

    /** Takes a start node that differs from the current one only in its {@code <config>}. */
    void reconfigure(XmlNode newStart) {
        start = newStart;
        config.set(newStart.child("config").map(XmlNode::toLocatedXml).orElse("<config/>"));
    }

    void exited(int code) {
        state = State.EXITED;
        fault = code == 0 ? "" : "exit code " + code;
    }

    void failed(String why) {
        state = State.FAULTED;
        fault = why;
    }

    /** Ends the child and returns its quota to init. */
    void stop(String why, State finalState) {
        if (env != null) env.kill(why);
        if (ram != null) ram.close();
        announced.clear();
        if (state == State.RUNNING || state == State.STARTING) state = finalState;
        synchronized (init.routing()) { init.routing().notifyAll(); }
    }

    @Override public <S extends Session> S session(SessionRequest<S> request) {
        return init.routing().route(this, request);
    }

    @Override public Binary binary(String binaryName) { return init.binary(binaryName); }

    @Override public void exit(int code) { init.childExited(this, code); }

    @Override public <S extends Session> void announce(Class<S> type, Service<S> service, ComponentEnv server) {
        announced.put(Sessions.serviceName(type), new Announcement<>(type, service, server));
        synchronized (init.routing()) { init.routing().notifyAll(); }
        init.stateChanged();
    }

    @Override public String toString() { return "child " + name; }
}
