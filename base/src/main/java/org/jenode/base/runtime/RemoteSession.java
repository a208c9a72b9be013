package org.jenode.base.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.IntFunction;
import org.jenode.base.RamAccount;
import org.jenode.base.SessionClosedException;
import org.jenode.base.Upgradable;
import org.jenode.base.runtime.wire.Message;
import org.jenode.base.runtime.wire.WireException;

/**
 * A session served on the other side of a wire, as this side holds it: each call is encoded by the
 * session interface's {@link SessionType}, crosses as {@link Message.Invoke} and waits for its answer;
 * closing it crosses as {@link Message.Close} and gives the donation back. In a child it is what the
 * component holds; in the parent it is the server object behind a {@link SessionProxy}, so that calls to
 * a child's service pass the same checks and wait-graph as any other.
 */
final class RemoteSession implements InvocationHandler {

    /** The end of the wire that carries a call and waits for its answer. */
    interface Caller {

        /** Sends the request made for a fresh call number and returns its answer. */
        Message call(IntFunction<Message> request);

        /** An answer that did not read: the other side is broken or hostile; what to throw here. */
        RuntimeException broken(WireException e);
    }

    private final Class<?> type;
    private final SessionType shape;
    private final int id;
    private final Caller caller;
    private final ValueCodec.Capabilities caps;
    private final String label;
    /** For a session the component opened (in a child): the account that paid and its donation; else null. */
    private final RamAccount payer, donation;
    private volatile boolean closed;

    private RemoteSession(Class<?> type, int id, Caller caller, ValueCodec.Capabilities caps, String label, RamAccount payer,
                          RamAccount donation) {
        this.type = type;
        this.shape = SessionType.of(type);
        this.id = id;
        this.caller = caller;
        this.caps = caps;
        this.label = label;
        this.payer = payer;
        this.donation = donation;
    }

    /** The session {@code id} of the other side, as an object of its interface {@code type}. */
    static Object of(Class<?> type, int id, Caller caller, ValueCodec.Capabilities caps, String label) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new RemoteSession(type, id, caller, caps, label, null, null));
    }

    /** A session the component opened, whose {@code donation} {@code payer} paid and gets back on close. */
    static Object opened(Class<?> type, int id, Caller caller, ValueCodec.Capabilities caps, String label, RamAccount payer,
                         RamAccount donation) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new RemoteSession(type, id, caller, caps, label, payer, donation));
    }

    /**
     * In the parent, a session the child serves for a client: also {@link Upgradable}, so that the client's
     * upgrades reach the child's server as they would one in this JVM.
     */
    static Object served(Class<?> type, int id, Caller caller, ValueCodec.Capabilities caps, String label) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type, Upgradable.class},
                new RemoteSession(type, id, caller, caps, label, null, null));
    }

    /** The handler behind {@code session}, if it is a session of the other side. */
    static RemoteSession behind(Object session) {
        return Proxy.isProxyClass(session.getClass()) && Proxy.getInvocationHandler(session) instanceof RemoteSession r ? r : null;
    }

    int id() { return id; }

    RamAccount payer() { return payer; }

    RamAccount donation() { return donation; }

    /** Tells the other side that the donation of its session grew by {@code amount}; waits for it to have heard. */
    void upgrade(long amount) {
        Message answer = caller.call(n -> new Message.Upgrade(n, id, amount));
        switch (answer) {
            case Message.Returned _ -> { }
            case Message.Failed(int _, var failure) -> throw failure.exception();
            default -> throw caller.broken(new WireException("a " + answer.getClass().getSimpleName() + " answering an upgrade"));
        }
    }

    @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> type.getSimpleName() + "[" + label + " of the other process]";
            };
        }
        if (method.isDefault()) return InvocationHandler.invokeDefault(proxy, method, args);
        if (method.getDeclaringClass() == Upgradable.class) {
            upgrade((long) args[0]);
            return null;
        }
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            close();
            return null;
        }
        if (closed) throw new SessionClosedException("session '" + label + "' is closed");
        SessionType.Call call = shape.call(method);
        byte[] arguments = ValueCodec.arguments(call, args == null ? new Object[0] : args, caps, type.getSimpleName() + " '" + label + "'");
        int number = shape.number(call);
        Message answer = caller.call(n -> new Message.Invoke(n, id, number, arguments));
        try {
            return switch (answer) {
                case Message.Returned(int _, byte[] value) -> ValueCodec.readResult(call, value, caps);
                case Message.Failed(int _, var failure) -> throw failure.exception();
                default -> throw new WireException("a " + answer.getClass().getSimpleName() + " answering a call");
            };
        } catch (WireException e) {
            throw caller.broken(e);
        }
    }

    private void close() {
        if (closed) return;
        closed = true;
        try {
            Message answer = caller.call(n -> new Message.Close(n, id));
            if (!(answer instanceof Message.Returned || answer instanceof Message.Failed))
                throw caller.broken(new WireException("a " + answer.getClass().getSimpleName() + " answering a close"));
        } catch (SessionClosedException e) {
            // the other side is gone: the session has ended all the same
        } finally {
            if (donation != null) donation.close();
        }
    }
}
