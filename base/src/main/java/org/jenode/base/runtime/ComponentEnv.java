package org.jenode.base.runtime;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Entrypoint;
import org.jenode.base.Env;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.Labels;
import org.jenode.base.RamAccount;
import org.jenode.base.Service;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.SessionRequest;
import org.jenode.base.WaitGraph;
import org.jenode.base.rom.AttachedRom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Env} of one component and the runtime's bookkeeping of it: it constructs the component on
 * its own entrypoint, creates the sessions the component serves, and on {@link #kill} ends every session
 * the component had opened or served, and the component's own children.
 */
final class ComponentEnv implements Env {

    /** How long a component that is being stopped gets to finish, before and after it is interrupted. */
    static final long GRACE_MS = 2000;

    private final String name;
    private final String label;
    private final ParentPort port;
    private final RamAccount ram;
    private final Entrypoint ep;
    private final WaitGraph waits;
    private final Logger log;
    /** True for the root of a tree, whose children's labels start with their own names. */
    private final boolean root;
    private final StartedChildren children = new StartedChildren(this);
    /** The sessions this component opened, each with the account that pays for it and its upgrades. */
    private final Map<SessionProxy, RamAccount> opened = new ConcurrentHashMap<>();
    private final Set<SessionProxy> served = ConcurrentHashMap.newKeySet();
    /** The donations of the sessions it serves, from before their {@code create} until they have ended: they may pay. */
    private final Set<RamAccount> donations = ConcurrentHashMap.newKeySet();
    /** Written and read on the entrypoint only. */
    private Component component;
    private AttachedRom config;
    private CompletableFuture<Void> killed;
    private boolean halting;

    private ComponentEnv(String name, String label, ParentPort port, RamAccount ram, WaitGraph waits, boolean root) {
        this.root = root;
        this.name = name;
        this.label = label;
        this.port = port;
        this.ram = ram;
        this.waits = waits;
        this.ep = new Entrypoint(label, waits);
        this.log = LoggerFactory.getLogger(label);
    }

    /** The root of a component tree; its labels do not appear in its descendants' labels. */
    static ComponentEnv root(String name, ParentPort port, WaitGraph waits) {
        return new ComponentEnv(name, name, port, RamAccount.root(name, 0), waits, true);
    }

    @Override public String name() { return name; }

    @Override public String label() { return label; }

    @Override public Entrypoint ep() { return ep; }

    @Override public RamAccount ram() { return ram; }

    @Override public Logger log() { return log; }

    ParentPort port() { return port; }

    /** A further entrypoint in this env's wait graph, for a thread that acts for it (the wire of a child in a process). */
    Entrypoint entrypoint(String name) { return new Entrypoint(name, waits); }

    StartedChildren children() { return children; }

    @Override public AttachedRom config() {
        if (!ep.isCurrent()) throw new IllegalStateException("config of " + label + " read off its entrypoint");
        if (config == null) config = new AttachedRom(this, "config");
        return config;
    }

    @Override public <S extends Session> S session(Class<S> type, String sessionLabel, SessionArgs args, RamAccount payer) {
        String name = SessionDonation.name(label, type, sessionLabel, args);
        RamAccount from = SessionDonation.payer(label, payer, ram, this::servesWith);
        // held by the session: the server's dataspaces outlive the payer until the session closes
        RamAccount donation = from.donate(args.ramQuota(), name);
        S session;
        try {
            session = port.session(new SessionRequest<>(type, sessionLabel, args, donation, label));
        } catch (RuntimeException e) {
            donation.close();
            throw e;
        }
        SessionProxy proxy = SessionProxy.of(session);
        opened.put(proxy, from);
        proxy.whenFinished(() -> opened.remove(proxy));
        return session;
    }

    @Override public void upgrade(Session session, long ramQuota) {
        SessionDonation.upgrade(label, ramQuota);
        SessionProxy proxy = session == null ? null : SessionProxy.behind(session);
        RamAccount payer = proxy == null ? null : opened.get(proxy);
        if (payer == null) throw new InvalidRequestException(label + ": " + session + " is no session it opened");
        payer.transfer(ramQuota, proxy.donation());
        proxy.upgraded(ramQuota);
    }

    /** Whether {@code account} is the donation of a session this component serves now (or is creating). */
    boolean servesWith(RamAccount account) { return donations.contains(account); }

    @Override public <T> Optional<T> served(Session capability, Class<T> type) {
        if (!Proxy.isProxyClass(capability.getClass()) || !(Proxy.getInvocationHandler(capability) instanceof SessionProxy p))
            return Optional.empty();
        return p.serverEnv() == this && type.isInstance(p.server()) ? Optional.of(type.cast(p.server())) : Optional.empty();
    }

    @Override public <S extends Session> void announce(Class<S> type, Service<S> service) {
        port.announce(type, service, this);
    }

    @Override public void exit(int code) { port.exit(code); }

    /**
     * Creates a session of the announced {@code service} for a routed request, on this component's
     * entrypoint (the requesting client waits), and returns the client's end of it.
     */
    <S extends Session> S serve(Service<S> service, SessionRequest<S> request) {
        donations.add(request.quota()); // create may open sessions paid from it (the wm's real GUI session)
        S server;
        try {
            server = ep.call(() -> service.create(request));
            if (server == null) throw new ServiceDeniedException(label + " returned no session for '" + request.label() + "'");
        } catch (RuntimeException e) {
            donations.remove(request.quota());
            throw e;
        }
        SessionProxy proxy = new SessionProxy(request.type(), server, this, request.label(), request.quota());
        served.add(proxy);
        proxy.whenFinished(() -> {
            served.remove(proxy);
            donations.remove(request.quota());
        });
        if (!ep.running()) proxy.serverGone("stopped");
        return proxy.asSession();
    }

    /** The env of a new child of this component, reached through {@code childPort}. */
    ComponentEnv child(String childName, ParentPort childPort, RamAccount childRam) {
        return new ComponentEnv(childName, childLabel(childName), childPort, childRam, waits, false);
    }

    /** The label of this component's child {@code childName}: the chain of names from below the root. */
    String childLabel(String childName) { return root ? childName : Labels.prefixed(label, childName); }

    /** Constructs the component on its entrypoint; {@code onFault} hears of any fault from then on. */
    void start(Binary binary, Consumer<Throwable> onFault) {
        ep.onFault(onFault);
        ep.post(() -> component = switch (binary.program()) {
            case Binary.Plain p -> p.constructor().apply(this);
            case Binary.Parenting p -> p.constructor().apply(this, children);
            case Binary.Jar j -> throw new ServiceDeniedException(JarRefusal.reason(binary.name(), j));
        });
    }

    /**
     * Stops the component without making the caller wait. A component without children is told at once
     * to stop after the work queued so far and a last chance to close its host resources, so a call made
     * after this returns fails. The rest happens on a thread of its own, in two rounds over the
     * component and everything it started: first every component stops, the youngest first and a parent
     * after its children (it serves them until they are gone), and one that does not stop is
     * interrupted; then the sessions are ended, those it served (their clients get their donations back)
     * and those it opened. Nothing is torn out under a component that still runs: a desktop being shut
     * down keeps its last picture until the window driver has closed. The caller closes the component's
     * RAM account when it likes: the donations of its sessions are {@linkplain RamAccount#donate held} by
     * their servers until the sessions end here, so no server loses memory under it.
     */
    synchronized CompletableFuture<Void> kill(String reason) {
        if (killed == null) {
            killed = new CompletableFuture<>();
            if (children.isEmpty()) halting();
            Thread.ofVirtual().name("end of " + label).start(() -> {
                halt();
                release(reason);
            });
        }
        return killed;
    }

    /** Stops the children, then this component; the sessions stay as they are. */
    void halt() {
        children.haltAll();
        halting();
        if (!awaitEnd()) {
            ep.stopNow();
            awaitEnd();
        }
    }

    /** Tells the entrypoint to stop after the work queued so far, once. */
    private synchronized void halting() {
        if (halting) return;
        halting = true;
        ep.stop(this::closeComponent);
    }

    /** Ends the sessions of this (stopped) component and of its children. */
    void release(String reason) {
        for (SessionProxy p : served) p.serverGone(label + " " + reason);
        for (SessionProxy p : opened.keySet()) p.close();
        children.releaseAll(reason);
        synchronized (this) {
            if (killed == null) killed = new CompletableFuture<>();
        }
        killed.complete(null);
    }

    private boolean awaitEnd() {
        try {
            ep.join(GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ep.ended();
    }

    private void closeComponent() {
        if (component == null) return;
        try {
            component.close();
        } catch (RuntimeException e) {
            log.warn("close failed: {}", e.toString());
        }
    }

    @Override public String toString() { return "ComponentEnv[" + label + "]"; }
}
