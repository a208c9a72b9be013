package org.jenode.base.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * In a child's process, the capability for a session the child itself serves, as its own code gets it
 * back (a client handed it to the child's service): what {@code env.served} recognises. A call on it runs
 * the server's object directly, on the caller's thread, which is the child's own entrypoint.
 */
final class LocalSession implements InvocationHandler {

    private final Object server;

    private LocalSession(Object server) { this.server = server; }

    static Object of(Class<?> type, Object server) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new LocalSession(server));
    }

    /** The server object behind {@code capability}, if it is one of these. */
    static Object behind(Object capability) {
        return Proxy.isProxyClass(capability.getClass()) && Proxy.getInvocationHandler(capability) instanceof LocalSession l
                ? l.server : null;
    }

    @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "own session " + server;
            };
        }
        try {
            return method.invoke(server, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
