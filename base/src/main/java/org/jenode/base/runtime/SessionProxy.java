package org.jenode.base.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.RamAccount;
import org.jenode.base.Session;
import org.jenode.base.SessionClosedException;

/**
 * The client's end of a session: each call runs on the server's entrypoint while the caller waits.
 * Sessions a call returns (such as a GUI session's framebuffer) are wrapped the same way. Closing the
 * root session closes the server's object, returns the donation to the client and ends sub-sessions.
 */
final class SessionProxy implements InvocationHandler {

    private final Class<?> type;
    private final Object server;
    private final ComponentEnv serverEnv;
    private final String label;
    /** The donation of a root session; null for a sub-session, which rides on its root's donation. */
    private final RamAccount donation;
    private final List<Runnable> whenFinished = new CopyOnWriteArrayList<>();
    private final List<SessionProxy> subSessions = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile String closedReason = "closed";

    SessionProxy(Class<?> type, Object server, ComponentEnv serverEnv, String label, RamAccount donation) {
        this.type = type;
        this.server = server;
        this.serverEnv = serverEnv;
        this.label = label;
        this.donation = donation;
    }

    /** Runs {@code action} once the session has ended, however it ended. */
    void whenFinished(Runnable action) { whenFinished.add(action); }

    @SuppressWarnings("unchecked")
    <S> S asSession() {
        return (S) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this);
    }

    static SessionProxy of(Session session) {
        if (Proxy.isProxyClass(session.getClass()) && Proxy.getInvocationHandler(session) instanceof SessionProxy p)
            return p;
        throw new IllegalArgumentException("not a session capability: " + session);
    }

    RamAccount donation() { return donation; }

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
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            close();
            return null;
        }
        if (closed) throw new SessionClosedException("session '" + label + "' to " + serverEnv.label() + " is " + closedReason);
        Object result = serverEnv.ep().call(() -> invokeServer(method, args));
        if (result instanceof Session sub && Session.class.isAssignableFrom(method.getReturnType())
                && !Proxy.isProxyClass(result.getClass())) {
            SessionProxy p = new SessionProxy(method.getReturnType(), sub, serverEnv, label, null);
            subSessions.add(p);
            return p.asSession();
        }
        return result;
    }

    private Object invokeServer(Method method, Object[] args) throws Exception {
        try {
            return method.invoke(server, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Client-initiated close: the server cleans up, the donation goes back to the client. */
    void close() {
        if (closed) return;
        closed = true;
        for (SessionProxy sub : subSessions) sub.closed = true;
        if (serverEnv.ep().running()) {
            try {
                serverEnv.ep().call(() -> {
                    ((Session) server).close();
                    return null;
                });
            } catch (SessionClosedException e) {
                // the server stopped meanwhile; nothing left to clean up there
            }
        }
        finish();
    }

    /** The server is gone: every further call fails, the donation goes back to the client. */
    void serverGone(String reason) {
        if (closed) return;
        closedReason = "gone: " + reason;
        closed = true;
        for (SessionProxy sub : subSessions) sub.serverGone(reason);
        finish();
    }

    private void finish() {
        if (donation != null) donation.close();
        whenFinished.forEach(Runnable::run);
    }
}
