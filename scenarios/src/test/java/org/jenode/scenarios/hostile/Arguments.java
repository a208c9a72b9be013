package org.jenode.scenarios.hostile;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The attacker's argument maker: for any parameter type of a session interface, a harmless value, and
 * the extreme ones (minimum, maximum, negative, a megabyte of text, records made of them). Capabilities
 * cannot be made up; the test hands in a supplier for each kind it holds.
 */
final class Arguments {

    private static final String MEGABYTE = "x".repeat(1 << 20);

    private final Map<Class<?>, Supplier<Object>> capabilities;

    Arguments(Map<Class<?>, Supplier<Object>> capabilities) { this.capabilities = capabilities; }

    /** Harmless values for every parameter of {@code m}. */
    Object[] harmless(Method m) {
        Type[] types = m.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) args[i] = harmless(types[i]);
        return args;
    }

    /** Argument lists for {@code m} with one parameter at an extreme and the others harmless. */
    List<Object[]> extremes(Method m) {
        Type[] types = m.getGenericParameterTypes();
        List<Object[]> lists = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            for (Object extreme : extremes(types[i])) {
                Object[] args = harmless(m);
                args[i] = extreme;
                lists.add(args);
            }
        }
        return lists;
    }

    boolean isReference(Type type) { return !(type instanceof Class<?> c && c.isPrimitive()); }

    private Object harmless(Type type) {
        if (type instanceof ParameterizedType p) {
            if (p.getRawType() == List.class) return new ArrayList<>();
            if (p.getRawType() == Optional.class) return Optional.empty();
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class) return 0;
        if (c == long.class) return 0L;
        if (c == boolean.class) return false;
        if (c == short.class) return (short) 0;
        if (c == byte.class) return (byte) 0;
        if (c == char.class) return 'a';
        if (c == float.class) return 0f;
        if (c == double.class) return 0d;
        if (c == String.class) return "";
        if (c.isEnum()) return c.getEnumConstants()[0];
        if (c.isArray()) return java.lang.reflect.Array.newInstance(c.getComponentType(), 0);
        if (c.isRecord()) return record(c, this::harmless);
        if (c.isSealed()) return harmless(c.getPermittedSubclasses()[0]);
        Supplier<Object> cap = capabilities.get(c);
        if (cap == null) throw new AssertionError("no capability of type " + c.getName() + " to pass; add one to the test");
        return cap.get();
    }

    private List<Object> extremes(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Object element = harmless(p.getActualTypeArguments()[0]);
            return List.of(new ArrayList<>(Collections.nCopies(100_000, element)));
        }
        if (!(type instanceof Class<?> c)) return List.of();
        if (c == int.class) return List.of(Integer.MIN_VALUE, -1, Integer.MAX_VALUE);
        if (c == long.class) return List.of(Long.MIN_VALUE, -1L, Long.MAX_VALUE);
        if (c == String.class) return List.of(MEGABYTE, "\u0000 -> \ud800");
        if (c.isRecord() && c.getRecordComponents().length > 0) {
            List<Object> records = new ArrayList<>();
            for (int v : new int[] {Integer.MIN_VALUE, -1, Integer.MAX_VALUE}) {
                Object r = recordOrNull(c, t -> t == int.class ? (Object) v : harmless(t));
                if (r != null) records.add(r);
            }
            return records;
        }
        if (c.isSealed()) {
            List<Object> all = new ArrayList<>();
            for (Class<?> sub : c.getPermittedSubclasses()) all.addAll(extremes(sub));
            return all;
        }
        return List.of();
    }

    private static Object record(Class<?> c, java.util.function.Function<Type, Object> values) {
        Object r = recordOrNull(c, values);
        if (r == null) throw new AssertionError("cannot make a " + c.getName() + " of harmless values");
        return r;
    }

    /** A record of the given component values, or null if its constructor refuses them (it validates). */
    private static Object recordOrNull(Class<?> c, java.util.function.Function<Type, Object> values) {
        RecordComponent[] parts = c.getRecordComponents();
        Class<?>[] signature = new Class<?>[parts.length];
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            signature[i] = parts[i].getType();
            args[i] = values.apply(parts[i].getGenericType());
        }
        try {
            Constructor<?> canonical = c.getDeclaredConstructor(signature);
            return canonical.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + c.getName(), e);
        }
    }
}
