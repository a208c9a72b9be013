package org.jenode.base.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenode.base.Capability;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.Session;

/**
 * What may cross a session call, and how it crosses: the trust boundary's type system. A value is a
 * primitive, a string, an enum, a record whose components are values, a sealed interface of such
 * records, a {@code List} or {@code Optional} of values, or a primitive array; or it is a capability
 * (a session the runtime issued, a {@link Capability} token). Nothing else has a value type, so an
 * object a client made, with code of its own, can never reach a server.
 *
 * <p>{@link #admit} checks one value as it enters the other side: {@code null} is refused, mutable
 * containers are copied (a client that changes its list after the call changes nothing on the server),
 * and records whose components needed a copy are rebuilt through their canonical constructor. All of it
 * runs trusted code only: record accessors and constructors belong to the session interface's module.
 */
sealed interface ValueType {

    /** The value as the receiving side may keep it, or an {@link InvalidRequestException} naming {@code where}. */
    Object admit(Object value, String where);

    /** The value type of {@code type} as it appears in a session interface; fails for anything else. */
    static ValueType of(Type type) {
        return switch (type) {
            case Class<?> c when c.isPrimitive() -> new Primitive(c);
            case Class<?> c when c == String.class -> new Text();
            case Class<?> c when c.isEnum() -> new EnumValue(c);
            case Class<?> c when c.isArray() && c.getComponentType().isPrimitive() -> new PrimitiveArray(c);
            case Class<?> c when c.isRecord() -> RecordValue.of(c);
            case Class<?> c when c.isSealed() -> SealedValue.of(c);
            case Class<?> c when Session.class.isAssignableFrom(c) && c.isInterface() -> new SessionCapability(c);
            case Class<?> c when Capability.class.isAssignableFrom(c) && Modifier.isFinal(c.getModifiers()) -> new Token(c);
            case ParameterizedType p when p.getRawType() == List.class -> new ListValue(of(p.getActualTypeArguments()[0]));
            case ParameterizedType p when p.getRawType() == Optional.class -> new OptionalValue(of(p.getActualTypeArguments()[0]));
            case GenericArrayType g -> throw notAValue(g);
            default -> throw notAValue(type);
        };
    }

    private static IllegalArgumentException notAValue(Type type) {
        return new IllegalArgumentException(type.getTypeName() + " cannot cross a session call: it is neither a value"
                + " (primitive, String, enum, record, sealed interface of records, List, Optional, primitive array)"
                + " nor a capability (session interface, final Capability class)");
    }

    private static Object present(Object value, String where) {
        if (value == null) throw new InvalidRequestException(where + " is null");
        return value;
    }

    record Primitive(Class<?> type) implements ValueType {
        @Override public Object admit(Object value, String where) { return present(value, where); }
    }

    record Text() implements ValueType {
        @Override public Object admit(Object value, String where) { return present(value, where); }
    }

    record EnumValue(Class<?> type) implements ValueType {
        @Override public Object admit(Object value, String where) { return present(value, where); }
    }

    record PrimitiveArray(Class<?> type) implements ValueType {
        @Override public Object admit(Object value, String where) {
            present(value, where);
            return switch (value) {
                case int[] a -> a.clone();
                case byte[] a -> a.clone();
                case long[] a -> a.clone();
                case short[] a -> a.clone();
                case char[] a -> a.clone();
                case float[] a -> a.clone();
                case double[] a -> a.clone();
                case boolean[] a -> a.clone();
                default -> throw new InvalidRequestException(where + " is not a " + type.getSimpleName());
            };
        }
    }

    record ListValue(ValueType element) implements ValueType {
        @Override public Object admit(Object value, String where) {
            if (!(present(value, where) instanceof List<?> list)) throw new InvalidRequestException(where + " is not a list");
            Object[] copy = list.toArray();
            for (int i = 0; i < copy.length; i++) copy[i] = element.admit(copy[i], where + "[" + i + "]");
            return List.of(copy);
        }
    }

    record OptionalValue(ValueType element) implements ValueType {
        @Override public Object admit(Object value, String where) {
            if (!(present(value, where) instanceof Optional<?> optional)) throw new InvalidRequestException(where + " is not an Optional");
            return optional.map(v -> element.admit(v, where + ".get()"));
        }
    }

    /** A record checked component by component; rebuilt only when a component had to be copied. */
    record RecordValue(Class<?> type, List<Method> accessors, List<ValueType> components, Constructor<?> canonical)
            implements ValueType {

        static RecordValue of(Class<?> type) {
            RecordComponent[] parts = type.getRecordComponents();
            List<Method> accessors = new ArrayList<>();
            List<ValueType> components = new ArrayList<>();
            Class<?>[] signature = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                accessors.add(parts[i].getAccessor());
                components.add(ValueType.of(parts[i].getGenericType()));
                signature[i] = parts[i].getType();
            }
            try {
                return new RecordValue(type, List.copyOf(accessors), List.copyOf(components), type.getDeclaredConstructor(signature));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }

        @Override public Object admit(Object value, String where) {
            if (present(value, where).getClass() != type) throw new InvalidRequestException(where + " is not a " + type.getSimpleName());
            Object[] parts = new Object[components.size()];
            boolean copied = false;
            for (int i = 0; i < parts.length; i++) {
                Object part = read(accessors.get(i), value);
                parts[i] = components.get(i).admit(part, where + "." + accessors.get(i).getName());
                copied |= parts[i] != part;
            }
            return copied ? rebuild(parts, where) : value;
        }

        private static Object read(Method accessor, Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }

        private Object rebuild(Object[] parts, String where) {
            try {
                return canonical.newInstance(parts);
            } catch (InvocationTargetException e) {
                throw new InvalidRequestException(where + " is invalid: " + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + type.getName(), e);
            }
        }
    }

    /** A sealed interface: the value's class must be one of its permitted records, checked as that record. */
    record SealedValue(Class<?> type, Map<Class<?>, ValueType> permitted) implements ValueType {

        static SealedValue of(Class<?> type) {
            Map<Class<?>, ValueType> permitted = new LinkedHashMap<>();
            for (Class<?> sub : type.getPermittedSubclasses()) permitted.put(sub, ValueType.of(sub));
            return new SealedValue(type, Map.copyOf(permitted));
        }

        @Override public Object admit(Object value, String where) {
            ValueType exact = permitted.get(present(value, where).getClass());
            if (exact == null) {
                for (ValueType nested : permitted.values())
                    if (nested instanceof SealedValue s && s.type.isInstance(value)) return s.admit(value, where);
                throw new InvalidRequestException(where + " is not a " + type.getSimpleName());
            }
            return exact.admit(value, where);
        }
    }

    /** A session: only the runtime's client end of one is a capability; a client's own implementation is not. */
    record SessionCapability(Class<?> type) implements ValueType {
        @Override public Object admit(Object value, String where) {
            present(value, where);
            if (!type.isInstance(value) || !Proxy.isProxyClass(value.getClass())
                    || !(Proxy.getInvocationHandler(value) instanceof SessionProxy))
                throw new InvalidRequestException(where + " is not a " + type.getSimpleName() + " capability that the runtime issued");
            return value;
        }
    }

    /** A token of a final {@link Capability} class, passed as itself. */
    record Token(Class<?> type) implements ValueType {
        @Override public Object admit(Object value, String where) {
            if (present(value, where).getClass() != type) throw new InvalidRequestException(where + " is not a " + type.getSimpleName());
            return value;
        }
    }
}
