package org.jenode.base.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session interface as the trust boundary sees it: for each method, the value types of its parameters
 * and of its result. Built once per interface from its declaration; an interface with a method whose
 * types cannot cross a call is rejected as a whole, before any call is made.
 */
final class SessionType {

    /** One method's shape; {@code result} is null for {@code void}. */
    record Call(Method method, List<ValueType> parameters, ValueType result) {

        /** The arguments as the server may keep them: checked, and copied where they are mutable. */
        Object[] admitArguments(Object[] args, String session) {
            if (parameters.isEmpty()) return args;
            Object[] admitted = new Object[args.length];
            for (int i = 0; i < args.length; i++)
                admitted[i] = parameters.get(i).admit(args[i], session + "." + method.getName() + " argument " + (i + 1));
            return admitted;
        }

        /**
         * The result as the client may keep it; a server answering {@code null} is at fault. A session the
         * server implements itself passes as it is, for the caller to wrap as a sub-session.
         */
        Object admitResult(Object value, String session) {
            if (result == null) return null;
            if (value == null) throw new IllegalStateException(session + "." + method.getName() + " returned null");
            if (result instanceof ValueType.SessionCapability s && s.type().isInstance(value)
                    && !Proxy.isProxyClass(value.getClass())) return value;
            return result.admit(value, session + "." + method.getName() + " result");
        }
    }

    private static final ClassValue<SessionType> TYPES = new ClassValue<>() {
        @Override protected SessionType computeValue(Class<?> type) { return new SessionType(type); }
    };

    private final Map<Method, Call> calls = new HashMap<>();
    /** The calls in an order both ends of a wire compute alike from the interface: by signature. */
    private final List<Call> numbered;
    private final Map<Method, Integer> numbers = new HashMap<>();

    private SessionType(Class<?> type) {
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers()) || m.isDefault()) continue;
            if (m.getName().equals("close") && m.getParameterCount() == 0) continue;
            try {
                List<ValueType> parameters = Arrays.stream(m.getGenericParameterTypes()).map(ValueType::of).toList();
                ValueType result = m.getReturnType() == void.class ? null : ValueType.of(m.getGenericReturnType());
                calls.put(m, new Call(m, parameters, result));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getName() + "." + m.getName() + ": " + e.getMessage(), e);
            }
        }
        numbered = calls.values().stream().sorted(Comparator.comparing(c -> c.method().toGenericString())).toList();
        for (int i = 0; i < numbered.size(); i++) numbers.put(numbered.get(i).method(), i);
    }

    /** The checked shape of {@code type}, a session interface. */
    static SessionType of(Class<?> type) { return TYPES.get(type); }

    /** The shape of {@code method}, a non-default method of this interface. */
    Call call(Method method) {
        Call call = calls.get(method);
        if (call == null) throw new IllegalArgumentException(method + " is not a call of this session");
        return call;
    }

    /** The number of {@code call} on the wire. */
    int number(Call call) { return numbers.get(call.method()); }

    /** The call numbered {@code number} on the wire, if there is one. */
    Optional<Call> numbered(int number) {
        return number >= 0 && number < numbered.size() ? Optional.of(numbered.get(number)) : Optional.empty();
    }

    /** Every call of this interface, for tests that try each one. */
    List<Call> calls() { return List.copyOf(calls.values()); }
}
