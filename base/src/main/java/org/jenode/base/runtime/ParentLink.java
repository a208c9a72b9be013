package org.jenode.base.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jenode.base.Entrypoint;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.Service;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.ServiceException;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.SessionClosedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.Upgradable;
import org.jenode.base.runtime.wire.Failure;
import org.jenode.base.runtime.wire.Message;
import org.jenode.base.runtime.wire.Wire;
import org.jenode.base.runtime.wire.WireException;
import org.jenode.base.runtime.wire.WireIn;
import org.jenode.base.runtime.wire.WireOut;
import org.slf4j.Logger;

/**
 * A child's end of its wire, in the child's process. Calls of the component (on its entrypoint, or any
 * thread) cross and wait for their answers; the parent's requests for the services the component
 * announced, and the signals for its handlers, are carried out on its entrypoint, one at a time, as in
 * one process. The parent is trusted here (it decides everything about the child anyway); a parent that
 * breaks the protocol ends the process.
 */
final class ParentLink implements RemoteSession.Caller, WireCapabilities.SessionCodec {

    /** The exit code of a child whose parent broke the protocol. */
    static final int BROKEN_PARENT = 70;
    private static final byte[] VOID = new byte[0];
    /**
     * How long a waiting call spins before it parks: longer than most answers across the socket take, since
     * a parked thread takes tens of microseconds to run again here. {@code bench sandbox}, five runs each,
     * alternating: a session call's median 65 to 67 us in four runs of five with 100 us (170 in one), 85 to
     * 145 us with 20 us, which caught almost none. A call costs at most this much more of its core than
     * it waits.
     */
    private static final long SPIN_NANOS = 100_000;

    private final Wire wire;
    private final Entrypoint ep;
    private final Logger log;
    private final CapabilityTable table = new CapabilityTable();
    private final WireCapabilities caps;
    /** For a served session's answers, which may hand out the server's own sub-sessions. */
    private final WireCapabilities answers;
    private final Map<Integer, CompletableFuture<Message>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    /** Announced services by the child's id, and their session interfaces; used on the entrypoint. */
    private final Map<Integer, Announcement<?>> services = new ConcurrentHashMap<>();
    /** The interface of each session object the component serves, and the donation of each root one. */
    private final Map<Object, Class<?>> servedTypes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, RamAccount> donations = Collections.synchronizedMap(new IdentityHashMap<>());
    /**
     * What the served sessions' donations are split off: they mirror what the parent holds (which enforces
     * them), and grow when a client upgrades, which a root account of their own could not.
     */
    private final RamAccount donated = RamAccount.root("donations", Long.MAX_VALUE).shareAcrossProcesses();
    /** Each served session's donation by the number of the parent's call that created it: how it names a payer. */
    private final Map<RamAccount, Integer> creators = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Object, Object> ownCapabilities = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Runnable stop;
    /** Set when the parent said stop: what fails from then on is part of the end, not a fault. */
    private volatile boolean stopping;

    private record Announcement<S extends Session>(Class<S> type, Service<S> service) { }

    /** {@code stop} ends the component and the process when the parent says so. */
    ParentLink(Wire wire, long parentPid, Entrypoint ep, Logger log, Runnable stop) {
        this.wire = wire;
        this.ep = ep;
        this.log = log;
        this.stop = stop;
        this.caps = new WireCapabilities(wire, table, parentPid, ep, this);
        this.answers = caps.with(new Answers());
    }

    ValueCodec.Capabilities capabilities() { return caps; }

    /** Reads the wire until the parent goes; returns then (the process ends). */
    void read() {
        try {
            while (true) dispatch(wire.receive());
        } catch (EOFException e) {
            log.debug("the parent closed the wire");
        } catch (IOException e) {
            log.debug("the wire failed: {}", e.toString());
        } catch (WireException e) {
            broken(e);
        } finally {
            pending.values().forEach(f -> f.completeExceptionally(new SessionClosedException("the parent is gone")));
        }
    }

    private void dispatch(Message m) throws WireException, IOException {
        switch (m) {
            case Message.Opened(int call, int _) -> answered(call, m);
            case Message.Returned(int call, byte[] _) -> answered(call, m);
            case Message.Failed(int call, Failure _) -> answered(call, m);
            case Message.Create c -> ep.post(() -> create(c));
            case Message.Invoke i -> ep.post(() -> invoke(i));
            case Message.Close c -> ep.post(() -> close(c));
            case Message.Upgrade u -> ep.post(() -> upgraded(u));
            case Message.Signal(int handler, int count) -> caps.signal(handler, count);
            case Message.Freed(int dataspace) -> caps.freed(dataspace);
            case Message.Mapped(int dataspace) -> caps.mapped(dataspace);
            case Message.Ping(int sequence) -> wire.send(new Message.Busy(sequence, ep.busy().toNanos()));
            case Message.Stop() -> {
                stopping = true;
                stop.run();
            }
            case Message.Start _, Message.Open _, Message.Announce _, Message.Exit _, Message.Busy _,
                 Message.Fault _ -> throw new WireException("a " + m.getClass().getSimpleName() + " message, which only a child sends");
        }
    }

    private void answered(int call, Message answer) throws WireException {
        CompletableFuture<Message> waiting = pending.remove(call);
        if (waiting == null) throw new WireException("an answer to no call (" + call + ")");
        waiting.complete(answer);
    }

    /** Sends a request and waits for its answer: a short spin first, since an answer often takes microseconds. */
    @Override public Message call(IntFunction<Message> request) {
        int number = calls.incrementAndGet();
        CompletableFuture<Message> answer = new CompletableFuture<>();
        pending.put(number, answer);
        try {
            send(request.apply(number));
            long until = System.nanoTime() + SPIN_NANOS;
            while (!answer.isDone() && System.nanoTime() - until < 0) Thread.onSpinWait();
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionClosedException("a call to the parent was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new SessionClosedException("a call to the parent failed", e.getCause());
        } finally {
            pending.remove(number);
        }
    }

    /** The parent broke the protocol: nothing it says can be trusted, so the process ends. */
    @Override public RuntimeException broken(WireException e) {
        log.error("the parent broke the protocol: {}", e.getMessage());
        System.exit(BROKEN_PARENT);
        return new SessionClosedException("the parent broke the protocol");
    }

    // --- what the component asks

    /**
     * Opens a session of {@code type} paid from the component's RAM ({@code servedPayer} 0) or the donation
     * of the session it serves as {@code servedPayer}, and returns the component's end of it, which gives
     * {@code donation} back to {@code payer} on close.
     */
    Object open(Class<?> type, String label, SessionArgs args, int servedPayer, RamAccount payer, RamAccount donation) {
        Message answer = call(n -> new Message.Open(n, type.getName(), label, args.ramQuota(), args.values(), servedPayer));
        return switch (answer) {
            case Message.Opened(int _, int session) -> RemoteSession.opened(type, session, this, caps, label, payer, donation);
            case Message.Failed(int _, Failure failure) -> throw failure.exception();
            default -> throw broken(new WireException("a " + answer.getClass().getSimpleName() + " answering a session request"));
        };
    }

    /**
     * The number of the parent's call that created the session whose donation is {@code donation}, if the
     * component serves it now (or is creating it): what names it as a payer to the parent.
     */
    OptionalInt servedWith(RamAccount donation) {
        Integer created = creators.get(donation);
        return created == null ? OptionalInt.empty() : OptionalInt.of(created);
    }

    <S extends Session> void announce(Class<S> type, Service<S> service) {
        int id = services.size() + 1;
        services.put(id, new Announcement<>(type, service));
        send(new Message.Announce(id, type.getName()));
    }

    void exit(int code) { send(new Message.Exit(code)); }

    /** The component faulted: reported to the parent, unless the parent is stopping it anyway. */
    void faulted(Throwable fault) {
        if (stopping) {
            log.debug("failed while stopping: {}", fault.toString());
            return;
        }
        log.error("faulted: {}", fault.toString(), fault);
        send(new Message.Fault(fault.toString()));
    }

    /** The component's own server object behind {@code capability}, if it is one of its sessions and a {@code type}. */
    <T> Optional<T> served(Object capability, Class<T> type) {
        Object server = LocalSession.behind(capability);
        return type.isInstance(server) ? Optional.of(type.cast(server)) : Optional.empty();
    }

    // --- what the parent asks of the component's services, on its entrypoint

    private void create(Message.Create c) {
        Announcement<?> announced = services.get(c.service());
        if (announced == null) {
            broken(new WireException("a request for service " + c.service() + ", which was never announced"));
            return;
        }
        reply(c.call(), () -> {
            RamAccount donation = donated.split(c.quota(), c.label() + " (donation)");
            creators.put(donation, c.call()); // its create may open sessions paid from it
            try {
                Object server = serve(announced, c, donation);
                int id = table.export(server);
                servedTypes.put(server, announced.type());
                donations.put(server, donation);
                return new Message.Opened(c.call(), id);
            } catch (RuntimeException e) {
                creators.remove(donation);
                donation.close();
                throw e;
            }
        });
    }

    private static <S extends Session> Object serve(Announcement<S> announced, Message.Create c, RamAccount donation) {
        SessionRequest<S> request = new SessionRequest<>(announced.type(), c.label(), new SessionArgs(c.quota(), c.args()),
                donation, "parent");
        S server = announced.service().create(request);
        if (server == null) throw new ServiceDeniedException("the service returned no session for '" + c.label() + "'");
        return server;
    }

    private void invoke(Message.Invoke i) {
        reply(i.call(), () -> {
            Object server = table.exported(i.session(), Session.class);
            Class<?> type = servedTypes.get(server);
            SessionType.Call call = SessionType.of(type).numbered(i.method())
                    .orElseThrow(() -> new WireException("no method " + i.method() + " in " + type.getSimpleName()));
            Object[] args = ValueCodec.readArguments(call, i.arguments(), caps);
            Object result;
            try {
                result = call.method().invoke(server, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof ServiceException s) throw s;
                throw new ServedFault(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (call.result() != null && result == null)
                throw new ServedFault(new IllegalStateException(type.getSimpleName() + "." + call.method().getName() + " returned null"));
            return new Message.Returned(i.call(), ValueCodec.result(call, result, answers, type.getSimpleName()));
        });
    }

    private void close(Message.Close c) {
        reply(c.call(), () -> {
            Object server = table.exported(c.session(), Session.class);
            table.unexport(c.session());
            servedTypes.remove(server);
            ownCapabilities.remove(server);
            try {
                ((Session) server).close();
            } finally {
                RamAccount donation = donations.remove(server);
                if (donation != null) {
                    creators.remove(donation);
                    donation.close();
                }
            }
            return new Message.Returned(c.call(), VOID);
        });
    }

    /** A client added to the donation of a session the component serves: the mirror grows, and the server hears of it. */
    private void upgraded(Message.Upgrade u) {
        reply(u.call(), () -> {
            Object server = table.exported(u.session(), Session.class);
            RamAccount donation = donations.get(server);
            if (donation == null) throw new WireException("an upgrade of session " + u.session() + ", which is no root session");
            donated.transfer(u.amount(), donation);
            if (server instanceof Upgradable upgradable) {
                try {
                    upgradable.upgraded(u.amount());
                } catch (ServiceException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new ServedFault(e);
                }
            }
            return new Message.Returned(u.call(), VOID);
        });
    }

    /** An exception that escaped the component's server code: the caller hears the session closed, the component faults. */
    private static final class ServedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServedFault(Throwable cause) { super(cause); }
    }

    private void reply(int call, Answer answer) {
        Message reply;
        try {
            reply = answer.get();
        } catch (WireException e) {
            broken(e);
            return;
        } catch (ServiceException e) {
            reply = new Message.Failed(call, Failure.of(e));
        } catch (ServedFault e) {
            send(new Message.Failed(call, new Failure.Closed("the server faulted while serving a call: " + e.getCause())));
            // the entrypoint's fault, as a server's in one process
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        caps.sweep();
        send(reply);
    }

    @FunctionalInterface
    private interface Answer {
        Message get() throws WireException;
    }

    // --- sessions in values

    /** In what the component sends, a session is one of the parent's, or one the component got back; nothing it made. */
    @Override public void write(Class<?> type, Object session, WireOut out, String where) {
        RemoteSession remote = RemoteSession.behind(session);
        if (remote != null) {
            out.writeByte(WireCapabilities.READERS).writeInt(remote.id());
            return;
        }
        Object own = LocalSession.behind(session);
        if (own != null && table.isExported(own)) {
            out.writeByte(WireCapabilities.WRITERS).writeInt(table.export(own));
            return;
        }
        throw new InvalidRequestException(where + " is not a " + type.getSimpleName() + " capability that the runtime issued");
    }

    @Override public Object read(Class<?> type, WireIn in) throws WireException {
        int tag = in.readByte();
        return switch (tag) {
            case WireCapabilities.WRITERS -> {
                int id = in.readInt();
                Object s = table.importing(id, () -> RemoteSession.of(type, id, this, caps, "#" + id));
                if (!type.isInstance(s)) throw new WireException("session " + id + " is not a " + type.getSimpleName());
                yield s;
            }
            case WireCapabilities.READERS -> {
                Object server = table.exported(in.readInt(), Session.class);
                if (!type.isInstance(server)) throw new WireException("a " + server + " given as a " + type.getSimpleName());
                yield ownCapabilities.computeIfAbsent(server, s -> LocalSession.of(type, s));
            }
            default -> throw new WireException("a session reference of kind " + tag);
        };
    }

    /** A served session's answers may hand out the server's own objects, as sub-sessions the parent then calls here. */
    private final class Answers implements WireCapabilities.SessionCodec {

        @Override public void write(Class<?> type, Object session, WireOut out, String where) {
            if (RemoteSession.behind(session) == null && LocalSession.behind(session) == null && type.isInstance(session)) {
                out.writeByte(WireCapabilities.WRITERS).writeInt(table.export(session));
                servedTypes.putIfAbsent(session, type);
                return;
            }
            ParentLink.this.write(type, session, out, where);
        }

        @Override public Object read(Class<?> type, WireIn in) throws WireException { return ParentLink.this.read(type, in); }
    }

    private void send(Message message) {
        try {
            wire.send(message);
        } catch (IOException e) {
            throw new SessionClosedException("the parent is gone: " + e.getMessage(), e);
        }
    }
}
