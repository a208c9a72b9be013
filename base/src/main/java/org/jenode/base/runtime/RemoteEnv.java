package org.jenode.base.runtime;

import java.util.Optional;
import java.util.OptionalInt;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Entrypoint;
import org.jenode.base.Env;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.Service;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.rom.AttachedRom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Env} of a component in a process of its own: the same interface and checks as in the
 * parent's JVM, with sessions, announcements and its exit crossing the wire to the parent
 * ({@link ParentLink}). Its RAM account mirrors the quantum the parent gave it and allocates shared
 * memory, so whatever it allocates can cross; the parent enforces the quantum on its side too.
 */
final class RemoteEnv implements Env {

    private final String name;
    private final String label;
    private final Entrypoint ep;
    private final RamAccount ram;
    private final Logger log;
    private final ParentLink parent;
    /** Written and read on the entrypoint only. */
    private Component component;
    private AttachedRom config;

    RemoteEnv(String name, String label, long quota, Entrypoint ep, ParentLink parent) {
        this.name = name;
        this.label = label;
        this.ep = ep;
        this.parent = parent;
        this.ram = RamAccount.root(label, quota).shareAcrossProcesses();
        this.log = LoggerFactory.getLogger(label);
    }

    @Override public String name() { return name; }

    @Override public String label() { return label; }

    @Override public Entrypoint ep() { return ep; }

    @Override public RamAccount ram() { return ram; }

    @Override public Logger log() { return log; }

    @Override public AttachedRom config() {
        if (!ep.isCurrent()) throw new IllegalStateException("config of " + label + " read off its entrypoint");
        if (config == null) config = new AttachedRom(this, "config");
        return config;
    }

    @Override public <S extends Session> S session(Class<S> type, String sessionLabel, SessionArgs args, RamAccount payer) {
        String name = SessionDonation.name(label, type, sessionLabel, args);
        OptionalInt served = payer == null || payer == ram ? OptionalInt.empty() : parent.servedWith(payer);
        RamAccount from = SessionDonation.payer(label, payer, ram, _ -> served.isPresent());
        // the parent's stand-in holds the real donation (RamAccount.donate); this one mirrors it
        RamAccount donation = from.split(args.ramQuota(), name);
        try {
            return type.cast(parent.open(type, sessionLabel, args, served.orElse(0), from, donation));
        } catch (RuntimeException e) {
            donation.close();
            throw e;
        }
    }

    @Override public void upgrade(Session session, long ramQuota) {
        SessionDonation.upgrade(label, ramQuota);
        RemoteSession remote = session == null ? null : RemoteSession.behind(session);
        if (remote == null || remote.donation() == null) throw new InvalidRequestException(label + ": " + session + " is no session it opened");
        remote.payer().transfer(ramQuota, remote.donation());
        remote.upgrade(ramQuota);
    }

    @Override public <T> Optional<T> served(Session capability, Class<T> type) { return parent.served(capability, type); }

    @Override public <S extends Session> void announce(Class<S> type, Service<S> service) { parent.announce(type, service); }

    @Override public void exit(int code) { parent.exit(code); }

    /** Constructs the component on its entrypoint; a parent cannot run in a process of its own (yet). */
    void start(Binary binary) {
        ep.post(() -> component = switch (binary.program()) {
            case Binary.Plain p -> p.constructor().apply(this);
            case Binary.Parenting _ -> throw new UnsupportedOperationException(binary.name()
                    + " starts children of its own, which a component in a process of its own cannot do yet");
            case Binary.Jar j -> throw new IllegalStateException(binary.name() + ": the catalogs of a process name programs, not jars ("
                    + j.jar() + ")");
        });
    }

    /** Stops the entrypoint after the work queued so far, closing the component's host resources last. */
    void stop() {
        ep.stop(() -> {
            if (component == null) return;
            try {
                component.close();
            } catch (RuntimeException e) {
                log.warn("close failed: {}", e.toString());
            }
        });
    }

    @Override public String toString() { return "RemoteEnv[" + label + "]"; }
}
