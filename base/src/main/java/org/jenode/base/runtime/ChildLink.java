package org.jenode.base.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jenode.base.Entrypoint;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.ServiceException;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.SessionClosedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.runtime.wire.Failure;
import org.jenode.base.runtime.wire.Message;
import org.jenode.base.runtime.wire.Wire;
import org.jenode.base.runtime.wire.WireException;
import org.jenode.base.runtime.wire.WireIn;
import org.jenode.base.runtime.wire.WireOut;

/**
 * The parent's end of a child's wire. The child is represented here by an env of its own (its
 * "stand-in"), so that routing, quota, value checks and the wait-graph are the same as for a child in
 * this JVM. An entrypoint of the stand-in's reads the socket and carries out the child's calls itself, at
 * once, through the same {@link SessionProxy} as a call in this JVM: the hot path crosses no thread but
 * the server's. The child's other requests (open, close, upgrade), which may wait for a routing decision,
 * go to the stand-in's own entrypoint, so the wire keeps being read meanwhile; and every call to a service
 * the child announced is made from there and waits there, serving the child's requests of that kind
 * meanwhile (the child may open a session while it serves, as a server in this JVM may). Anything that
 * does not read as the protocol, names an id the child was not given or comes out of turn ends the child
 * as a fault, before any of it reaches a server.
 */
final class ChildLink implements RemoteSession.Caller, WireCapabilities.SessionCodec {

    /** Put into the inbox when the wire is gone, so that a waiting call ends. */
    private static final Object GONE = new Object();
    private static final byte[] VOID = new byte[0];

    private final ComponentEnv env;
    private final Wire wire;
    private final CapabilityTable table = new CapabilityTable();
    private final WireCapabilities caps;
    private final Consumer<Throwable> onFault;
    /** The child's requests and answers, taken on the stand-in's entrypoint only. */
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final AtomicInteger calls = new AtomicInteger();
    /** The donations of the sessions the child serves, by the number of the call that created them: the child names its payer so. */
    private final Map<Integer, RamAccount> donations = new ConcurrentHashMap<>();
    /** How many calls to the child are waiting for their answers (nested on the entrypoint). */
    private final AtomicInteger awaiting = new AtomicInteger();
    /** Reads the wire and carries out the child's calls: the child's calls wait for it, in the wait graph too. */
    private final Entrypoint reader;
    private volatile int pingSent, pingAnswered;
    /** Set once the child is being stopped: its account is closed, so its requests no longer reach a server. */
    private volatile boolean refusing;
    private volatile boolean stopSent;
    private volatile long pingSentAt, busyNanos, busyAt;
    /** Whether a question could not be sent (its socket full: the child stopped reading), and since when. */
    private volatile boolean pingUnsent;
    private volatile long pingUnsentSince;

    ChildLink(ComponentEnv env, Wire wire, long childPid, Consumer<Throwable> onFault) {
        this.env = env;
        this.wire = wire;
        this.onFault = onFault;
        this.caps = new WireCapabilities(wire, table, childPid, env.ep(), this);
        this.reader = env.entrypoint("wire of " + env.label());
        reader.onFault(t -> fault("could not be served: " + t));
    }

    /** Hands the child its start message and begins to serve it. */
    void start(Message.Start start) throws IOException {
        wire.send(start);
        reader.post(this::read);
    }

    /**
     * How long the child's entrypoint has been busy: what it said when last asked, plus the time since if it
     * was busy then, or the time it has left a question unanswered, or its socket full so that none could be
     * sent (a child that stops reading). Asks again if the last one was answered.
     * Never waits: run on the parent's entrypoint.
     */
    Duration busy() {
        long now = System.nanoTime();
        if (pingAnswered == pingSent) {
            int answered = pingSent;
            pingSentAt = now;
            pingSent = answered + 1; // before it is sent: the answer may come at once
            try {
                if (wire.trySend(new Message.Ping(answered + 1))) {
                    pingUnsent = false;
                } else {
                    pingSent = answered; // asked again next time
                    if (!pingUnsent) pingUnsentSince = now;
                    pingUnsent = true;
                }
            } catch (IOException e) {
                pingSent = answered; // the wire is gone; the process's end is reported by itself
            }
        }
        long remote = busyNanos == 0 ? 0 : busyNanos + (now - busyAt);
        long silent = pingAnswered != pingSent ? now - pingSentAt : pingUnsent ? now - pingUnsentSince : 0;
        return Duration.ofNanos(Math.max(remote, silent));
    }

    /**
     * From now on the child's requests are refused (it may still close its sessions): its parent closes
     * its account when it stops it, and a server must not be made to touch memory that is gone.
     */
    void refuse() {
        stop();
        refusing = true;
    }

    /** Asks the child to stop, once; it ends its process when its component has closed. Never waits. */
    void stop() {
        try {
            if (!stopSent) stopSent = wire.trySend(new Message.Stop());
        } catch (IOException e) {
            // gone already
        }
    }

    /**
     * The child is gone: the socket closes and a waiting call ends. Its memory stays mapped, since a
     * server may still hold a dataspace of it until the child's sessions have ended ({@link #close}).
     */
    void disconnect() {
        wire.close();
        inbox.add(GONE);
    }

    /** The wire is done with, once the child's sessions have ended: {@link #disconnect}, and its memory is unmapped. */
    void close() {
        disconnect();
        caps.close();
    }

    private void read() {
        try {
            while (true) dispatch(wire.receive());
        } catch (EOFException e) {
            // the process ended: its end says why
        } catch (IOException | SessionClosedException e) {
            // closed here, or gone while an answer was sent
        } catch (WireException e) {
            fault("wrote what the protocol does not allow: " + e.getMessage());
        } finally {
            inbox.add(GONE);
            reader.stop(() -> { });
        }
    }

    private void dispatch(Message m) throws WireException {
        switch (m) {
            case Message.Invoke i -> {
                if (refusing) send(new Message.Failed(i.call(), new Failure.Closed(env.label() + " is being stopped")));
                else answer(i.call(), () -> invoke(i.call(), i.session(), i.method(), i.arguments()));
            }
            case Message.Open _, Message.Close _, Message.Upgrade _ -> {
                inbox.add(m);
                env.ep().post(this::serveNext);
            }
            case Message.Opened _, Message.Returned _, Message.Failed _ -> {
                if (awaiting.get() == 0) throw new WireException("an answer to no call");
                inbox.add(m);
            }
            case Message.Announce(int service, String type) -> announce(sessionType(type), service);
            case Message.Exit(int code) -> env.exit(code);
            case Message.Fault(String fault) -> onFault.accept(new ProcessFault(fault));
            case Message.Busy(int sequence, long nanos) -> {
                if (sequence != pingSent || nanos < 0) throw new WireException("an answer to no question");
                busyNanos = nanos;
                busyAt = System.nanoTime();
                pingAnswered = sequence;
            }
            case Message.Signal(int handler, int count) -> caps.signal(handler, count);
            case Message.Freed(int dataspace) -> caps.freed(dataspace);
            case Message.Mapped(int dataspace) -> caps.mapped(dataspace);
            case Message.Start _, Message.Ping _, Message.Stop _, Message.Create _ ->
                    throw new WireException("a " + m.getClass().getSimpleName() + " message, which only a parent sends");
        }
    }

    private void serveNext() {
        Object next = inbox.poll();
        if (next == GONE) inbox.add(GONE);
        else if (next instanceof Message m) serve(m);
    }

    /** Carries out one of the child's requests other than a call, on the stand-in's entrypoint. */
    private void serve(Message request) {
        if (refusing && !(request instanceof Message.Close)) {
            int call = switch (request) {
                case Message.Open o -> o.call();
                case Message.Upgrade u -> u.call();
                default -> -1;
            };
            if (call >= 0) send(new Message.Failed(call, new Failure.Closed(env.label() + " is being stopped")));
            return;
        }
        switch (request) {
            case Message.Open(int call, String type, String label, long quota, Map<String, String> args, int payer) -> answer(call,
                    () -> new Message.Opened(call, table.export(env.session(sessionType(type), label, new SessionArgs(quota, args), payer(payer)))));
            case Message.Close(int call, int session) -> answer(call, () -> {
                Session s = table.exported(session, Session.class);
                table.unexport(session);
                s.close();
                return new Message.Returned(call, VOID);
            });
            case Message.Upgrade(int call, int session, long amount) -> answer(call, () -> {
                env.upgrade(table.exported(session, Session.class), amount);
                return new Message.Returned(call, VOID);
            });
            default -> fault("an answer to no call: " + request.getClass().getSimpleName());
        }
    }

    /**
     * The account that pays for a session the child opens: its own RAM (0), or the donation of the session it
     * serves that the {@link Message.Create} numbered {@code created} asked for. One that has ended pays nothing.
     */
    private RamAccount payer(int created) {
        if (created == 0) return env.ram();
        RamAccount donation = donations.get(created);
        if (donation == null || !env.servesWith(donation))
            throw new InvalidRequestException(env.label() + " serves no session created by call " + created + " to pay from");
        return donation;
    }

    private Message invoke(int call, int session, int method, byte[] arguments) throws WireException {
        Session target = table.exported(session, Session.class);
        SessionProxy proxy = SessionProxy.of(target);
        SessionType.Call c = SessionType.of(proxy.type()).numbered(method)
                .orElseThrow(() -> new WireException("no method " + method + " in " + proxy.type().getSimpleName()));
        Object[] args = ValueCodec.readArguments(c, arguments, caps);
        Object result;
        try {
            result = c.method().invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new SessionClosedException(proxy.type().getSimpleName() + "." + c.method().getName() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return new Message.Returned(call, ValueCodec.result(c, result, caps, proxy.type().getSimpleName() + " '" + proxy.label() + "'"));
    }

    /** A request's answer, however it went; the child's memory freed meanwhile is unmapped on its side too. */
    private void answer(int call, Answer answer) {
        Message reply;
        try {
            reply = answer.get();
        } catch (WireException e) {
            fault("sent a request that does not read: " + e.getMessage());
            return;
        } catch (ServiceException e) {
            reply = new Message.Failed(call, Failure.of(e));
        } catch (RuntimeException e) {
            reply = new Message.Failed(call, new Failure.Closed(e.toString()));
        }
        caps.sweep();
        send(reply);
    }

    /** One request's work, which may find the request malformed. */
    @FunctionalInterface
    private interface Answer {
        Message get() throws WireException;
    }

    private <S extends Session> void announce(Class<S> type, int service) {
        env.announce(type, request -> create(type, service, request));
    }

    /** Creates a session of the child's service {@code service}; runs on the stand-in's entrypoint (see {@link ComponentEnv#serve}). */
    private <S extends Session> S create(Class<S> type, int service, SessionRequest<S> request) {
        donations.values().removeIf(RamAccount::closed); // those of the sessions that have ended
        Message answer = call(n -> {
            donations.put(n, request.quota());
            return new Message.Create(n, service, request.label(), request.args().ramQuota(), request.args().values());
        });
        return switch (answer) {
            case Message.Opened(int _, int session) -> type.cast(RemoteSession.served(type, session, this, caps, request.label()));
            case Message.Failed(int _, Failure failure) -> throw failure.exception();
            default -> throw broken(new WireException("a " + answer.getClass().getSimpleName() + " answering a session request"));
        };
    }

    /**
     * Sends a request to the child and waits for its answer, on the stand-in's entrypoint; requests the child
     * makes meanwhile (it may call out while it serves) are served here, in the order they come.
     */
    @Override public Message call(IntFunction<Message> request) {
        if (!env.ep().isCurrent()) throw new IllegalStateException("a call to " + env.label() + " off its entrypoint");
        int number = calls.incrementAndGet();
        awaiting.incrementAndGet();
        try {
            send(request.apply(number));
            return env.ep().waitFor(reader, () -> awaitAnswer(number));
        } finally {
            awaiting.decrementAndGet();
        }
    }

    /**
     * The answer to call {@code number}, serving the child's requests that come first. Its answer is read by
     * {@link #reader}, which may be busy with a call of the child: so this waits for the reader, and a
     * cycle through it (a server calling the child that calls that very server) is refused, not hung.
     */
    private Message awaitAnswer(int number) {
        try {
            while (true) {
                Object next = inbox.take();
                if (next == GONE) {
                    inbox.add(GONE);
                    throw new SessionClosedException(env.label() + " is gone");
                }
                Message m = (Message) next;
                int answered = switch (m) {
                    case Message.Opened(int call, int _) -> call;
                    case Message.Returned(int call, byte[] _) -> call;
                    case Message.Failed(int call, Failure _) -> call;
                    default -> -1;
                };
                if (answered == number) return m;
                if (answered >= 0) throw broken(new WireException("the answer to call " + answered + " while call " + number + " waited"));
                serve(m);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionClosedException("a call to " + env.label() + " was interrupted", e);
        }
    }

    @Override public RuntimeException broken(WireException e) {
        fault("answered what the protocol does not allow: " + e.getMessage());
        return new SessionClosedException(env.label() + " answered what the protocol does not allow: " + e.getMessage());
    }

    /** A session of this JVM crosses as an id the child may use; one the child serves crosses back as its own id. */
    @Override public void write(Class<?> type, Object session, WireOut out, String where) {
        if (Proxy.isProxyClass(session.getClass()) && Proxy.getInvocationHandler(session) instanceof SessionProxy p) {
            RemoteSession remote = p.serverEnv() == env ? RemoteSession.behind(p.server()) : null;
            if (remote != null) out.writeByte(WireCapabilities.READERS).writeInt(remote.id());
            else out.writeByte(WireCapabilities.WRITERS).writeInt(table.export(session));
            return;
        }
        throw new IllegalStateException(where + " is not a session capability of the runtime");
    }

    /** The child's own session (a sub-session its service handed out) is wrapped as any session it serves. */
    @Override public Object read(Class<?> type, WireIn in) throws WireException {
        int tag = in.readByte();
        return switch (tag) {
            case WireCapabilities.READERS -> {
                Session s = table.exported(in.readInt(), Session.class);
                if (!type.isInstance(s)) throw new WireException("a " + s + " given as a " + type.getSimpleName());
                yield s;
            }
            case WireCapabilities.WRITERS -> {
                int id = in.readInt();
                Object known = table.importing(id, () -> new SessionProxy(type,
                        RemoteSession.of(type, id, this, caps, "#" + id), env, "#" + id, null).asSession());
                if (!type.isInstance(known)) throw new WireException("session " + id + " is not a " + type.getSimpleName());
                yield known;
            }
            default -> throw new WireException("a session reference of kind " + tag);
        };
    }

    /** A session interface named by the child: loaded (never initialised) only to check that it is one. */
    private static Class<? extends Session> sessionType(String name) throws WireException {
        try {
            Class<?> c = Class.forName(name, false, ClassLoader.getSystemClassLoader());
            if (c.isInterface() && Session.class.isAssignableFrom(c) && c.isAnnotationPresent(ServiceName.class))
                return c.asSubclass(Session.class);
        } catch (ClassNotFoundException | LinkageError e) {
            // not a class of this JVM
        }
        throw new WireException("no session interface '" + (name.length() > 200 ? name.substring(0, 200) + "..." : name) + "'");
    }

    private void send(Message message) {
        try {
            wire.send(message);
        } catch (IOException e) {
            throw new SessionClosedException(env.label() + " is gone: " + e.getMessage(), e);
        }
    }

    private void fault(String why) {
        onFault.accept(new ProcessFault(why));
        disconnect();
    }
}
