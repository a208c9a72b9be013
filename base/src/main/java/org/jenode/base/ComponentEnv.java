package org.jenode.base;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jenode.base.rom.AttachedRom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Env} that a parent creates for each of its children, and the parent's handle on that
 * child: it starts the component on its own entrypoint, serves the sessions the component announced,
 * and on {@link #kill} ends every session the component had opened or served.
 */
public final class ComponentEnv implements Env {

    private final String name;
    private final String label;
    private final Parent parent;
    private final RamAccount ram;
    private final Entrypoint ep;
    private final WaitGraph waits;
    private final Logger log;
    private final Set<SessionProxy> opened = ConcurrentHashMap.newKeySet();
    private final Set<SessionProxy> served = ConcurrentHashMap.newKeySet();
    private volatile Component component;
    private AttachedRom config;

    public ComponentEnv(String name, String label, Parent parent, RamAccount ram, WaitGraph waits) {
        this.name = name;
        this.label = label;
        this.parent = parent;
        this.ram = ram;
        this.waits = waits;
        this.ep = new Entrypoint(label, waits);
        this.log = LoggerFactory.getLogger(label);
    }

    @Override public String name() { return name; }

    @Override public String label() { return label; }

    @Override public Entrypoint ep() { return ep; }

    @Override public RamAccount ram() { return ram; }

    @Override public Logger log() { return log; }

    @Override public Parent parent() { return parent; }

    @Override public AttachedRom config() {
        if (!ep.isCurrent()) throw new IllegalStateException("config of " + label + " read off its entrypoint");
        if (config == null) config = new AttachedRom(this, "config");
        return config;
    }

    @Override public <S extends Session> S session(Class<S> type, String sessionLabel, SessionArgs args) {
        RamAccount donation = ram.split(args.ramQuota(), Labels.prefixed(label, sessionLabel) + " (" + Sessions.serviceName(type) + ")");
        S session;
        try {
            session = parent.session(new SessionRequest<>(type, sessionLabel, args, donation, label));
        } catch (RuntimeException e) {
            donation.close();
            throw e;
        }
        SessionProxy proxy = SessionProxy.of(session);
        opened.add(proxy);
        proxy.whenFinished(() -> opened.remove(proxy));
        return session;
    }

    @Override public void upgrade(Session session, long ramQuota) {
        RamAccount donation = SessionProxy.of(session).donation();
        if (donation == null) throw new InvalidRequestException("a sub-session has no donation of its own");
        ram.transfer(ramQuota, donation);
    }

    @Override public <S extends Session> void announce(Class<S> type, Service<S> service) {
        parent.announce(type, service, this);
    }

    /**
     * Creates a session of the announced {@code service} for a routed request, on this component's
     * entrypoint, and returns the client's end of it.
     */
    public <S extends Session> S serve(Service<S> service, SessionRequest<S> request) {
        S server = ep.call(() -> service.create(request));
        if (server == null) throw new ServiceDeniedException(label + " returned no session for '" + request.label() + "'");
        SessionProxy proxy = new SessionProxy(request.type(), server, this, request.label(), request.quota());
        served.add(proxy);
        proxy.whenFinished(() -> served.remove(proxy));
        if (!ep.running()) proxy.serverGone("stopped");
        return proxy.asSession();
    }

    /** The env of a new child of this component, which acts as the child's {@code policy} parent. */
    public ComponentEnv child(String childName, Parent policy, RamAccount childRam) {
        return new ComponentEnv(childName, Labels.prefixed(label, childName), policy, childRam, waits);
    }

    /** Constructs the component on its entrypoint; {@code onFault} hears of any fault from then on. */
    public void start(Binary binary, java.util.function.Consumer<Throwable> onFault) {
        ep.onFault(onFault);
        ep.post(() -> component = binary.constructor().apply(this));
    }

    /** True while the component has neither faulted nor been killed. */
    public boolean alive() { return ep.running(); }

    /**
     * Stops the component: it gets a last chance to close host resources, the sessions it serves end
     * (their clients get their donations back), and the sessions it opened are closed. The caller
     * closes the component's RAM account afterwards.
     */
    public void kill(String reason) {
        Component c = component;
        if (ep.running() && !ep.isCurrent()) {
            ep.stop(() -> closeQuietly(c));
            try {
                ep.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            closeQuietly(c);
        }
        ep.stopNow();
        for (SessionProxy p : served) p.serverGone(label + " " + reason);
        for (SessionProxy p : opened) p.close();
    }

    private void closeQuietly(Component c) {
        if (c == null) return;
        try {
            c.close();
        } catch (RuntimeException e) {
            log.warn("close failed: {}", e.toString());
        }
    }

    @Override public String toString() { return "ComponentEnv[" + label + "]"; }
}
