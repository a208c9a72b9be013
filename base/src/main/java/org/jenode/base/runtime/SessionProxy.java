package org.jenode.base.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.RamAccount;
import org.jenode.base.Session;
import org.jenode.base.ServiceException;
import org.jenode.base.SessionClosedException;
import org.jenode.base.Upgradable;

/**
 * The client's end of a session: each call runs on the server's entrypoint while the caller waits.
 * Arguments and results cross as {@link ValueType} says: checked, copied where mutable, and never an
 * object with code of the other side's making, so the server runs nothing but its own code. Sessions a
 * call returns (such as a GUI session's framebuffer) are wrapped the same way, once per server object,
 * so asking again hands out the same capability. Closing the root session closes the server's object,
 * returns the donation to the client and ends sub-sessions.
 */
final class SessionProxy implements InvocationHandler {

    private final Class<?> type;
    private final SessionType shape;
    private final Object server;
    private final ComponentEnv serverEnv;
    private final String label;
    /** How errors name this session; made once, since every call passes it to the value checks. */
    private final String description;
    /** The donation of a root session; null for a sub-session, which rides on its root's donation. */
    private final RamAccount donation;
    private final List<Runnable> whenFinished = new CopyOnWriteArrayList<>();
    /** Sub-sessions by the server object behind them, so each is wrapped once. */
    private final Map<Object, Session> subSessions = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile boolean closed;
    private volatile String closedReason = "closed";

    SessionProxy(Class<?> type, Object server, ComponentEnv serverEnv, String label, RamAccount donation) {
        this.type = type;
        this.shape = SessionType.of(type);
        this.server = server;
        this.serverEnv = serverEnv;
        this.label = label;
        this.description = type.getSimpleName() + " '" + label + "'";
        this.donation = donation;
    }

    /** Runs {@code action} once the session has ended, however it ended. */
    void whenFinished(Runnable action) { whenFinished.add(action); }

    @SuppressWarnings("unchecked")
    <S> S asSession() {
        return (S) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this);
    }

    static SessionProxy of(Session session) {
        SessionProxy p = behind(session);
        if (p == null) throw new IllegalArgumentException("not a session capability: " + session);
        return p;
    }

    /** The handler behind {@code session}, if it is a capability the runtime issued. */
    static SessionProxy behind(Object session) {
        return Proxy.isProxyClass(session.getClass()) && Proxy.getInvocationHandler(session) instanceof SessionProxy p ? p : null;
    }

    RamAccount donation() { return donation; }

    /** The session interface. */
    Class<?> type() { return type; }

    /** The server's own object behind this capability, for the server that asks its entrypoint. */
    Object server() { return server; }

    String label() { return label; }

    ComponentEnv serverEnv() { return serverEnv; }

    @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> type.getSimpleName() + "[" + label + " at " + serverEnv.label() + "]";
            };
        }
        if (method.isDefault()) return InvocationHandler.invokeDefault(proxy, method, args); // interface code, client side
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            close();
            return null;
        }
        if (closed) throw new SessionClosedException("session '" + label + "' to " + serverEnv.label() + " is " + closedReason);
        SessionType.Call call = shape.call(method);
        Object[] admitted = call.admitArguments(args == null ? new Object[0] : args, description);
        Object result = serverEnv.ep().call(() -> call.admitResult(invokeServer(method, admitted), description));
        // A session the server implements itself becomes a sub-session; one it got from elsewhere (a proxy)
        // is handed on as the capability it is, so the client talks to its real server directly.
        return result instanceof Session sub && !Proxy.isProxyClass(result.getClass()) ? wrap(method, sub) : result;
    }

    private Object invokeServer(Method method, Object[] args) throws Exception {
        try {
            return method.invoke(server, args.length == 0 ? null : args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private Session wrap(Method method, Session sub) {
        return subSessions.computeIfAbsent(sub, s -> {
            SessionProxy p = new SessionProxy(method.getReturnType(), s, serverEnv, label, null);
            p.closed = closed;
            return p.asSession();
        });
    }

    /**
     * The client has added {@code amount} to the donation: a server that wants to hear of it does, on its
     * entrypoint, before the client's upgrade returns.
     */
    void upgraded(long amount) {
        if (closed) throw new SessionClosedException("session '" + label + "' to " + serverEnv.label() + " is " + closedReason);
        if (server instanceof Upgradable u) serverEnv.ep().call(() -> {
            u.upgraded(amount);
            return null;
        });
    }

    /** Client-initiated close: the server cleans up, the donation goes back to the client. */
    void close() {
        if (closed) return;
        closed = true;
        for (SessionProxy sub : subProxies()) sub.closed = true;
        if (serverEnv.ep().running()) {
            try {
                serverEnv.ep().call(() -> {
                    ((Session) server).close();
                    return null;
                });
            } catch (ServiceException e) {
                // The server refused or stopped meanwhile; the session ends on the client's side all the
                // same, and the donation comes back: a close is never the client's failure.
                serverEnv.log().warn("closing session '{}' failed: {}", label, e.getMessage());
            }
        }
        finish();
    }

    /** The server is gone: every further call fails, the donation goes back to the client. */
    void serverGone(String reason) {
        if (closed) return;
        closedReason = "gone: " + reason;
        closed = true;
        for (SessionProxy sub : subProxies()) sub.serverGone(reason);
        finish();
    }

    private List<SessionProxy> subProxies() {
        synchronized (subSessions) {
            return subSessions.values().stream().map(SessionProxy::of).toList();
        }
    }

    private void finish() {
        if (donation != null) donation.close();
        whenFinished.forEach(Runnable::run);
    }
}
