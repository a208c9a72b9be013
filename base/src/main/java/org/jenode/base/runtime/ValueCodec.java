package org.jenode.base.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.runtime.wire.Wire;
import org.jenode.base.runtime.wire.WireException;
import org.jenode.base.runtime.wire.WireIn;
import org.jenode.base.runtime.wire.WireOut;

/**
 * Values across a process boundary, by exactly the type system of a call within one process: one
 * exhaustive switch over {@link ValueType}, so that what cannot cross a call cannot cross the wire either.
 * The declared type says how to read, never the bytes: a record or enum class is the declared one, a
 * sealed interface's record is found among its permitted subclasses by position. Capabilities are left
 * to the side of the wire ({@link Capabilities}), which knows its tables.
 *
 * <p>Writing refuses what a call in one process refuses ({@code null}, a value of another class) with an
 * {@link InvalidRequestException}; reading refuses anything malformed with a {@link WireException}: the
 * peer wrote something no honest encoder writes.
 */
final class ValueCodec {

    /** How one side of the wire writes and reads the capabilities in values. */
    interface Capabilities {

        /** Writes a session capability of {@code type}; refuses one this side did not get from its runtime. */
        void writeSession(Class<?> type, Object session, WireOut out, String where);

        Object readSession(Class<?> type, WireIn in) throws WireException;

        /** Writes a token ({@code SignalHandler}, {@code Dataspace} or another final {@code Capability} class). */
        void writeToken(Class<?> type, Object token, WireOut out, String where);

        Object readToken(Class<?> type, WireIn in) throws WireException;

        /** The bytes of a value written to {@code out}, with the descriptors it names to go along with them. */
        byte[] finish(WireOut out);

        /** A reader of the value {@code bytes}, with the descriptors that came along with them. */
        WireIn reading(byte[] bytes);
    }

    /** The most bytes of arguments a call can carry: a frame, less the call's own numbers. */
    private static final int MAX_ARGUMENTS = Wire.MAX_FRAME - 64;

    private ValueCodec() { }

    /** The arguments of {@code call}, encoded; refused if they would not fit in a frame beside the call's numbers. */
    static byte[] arguments(SessionType.Call call, Object[] args, Capabilities caps, String where) {
        WireOut out = new WireOut();
        try {
            List<ValueType> types = call.parameters();
            for (int i = 0; i < types.size(); i++)
                write(types.get(i), args[i], out, caps, where + "." + call.method().getName() + " argument " + (i + 1));
            if (out.size() > MAX_ARGUMENTS)
                throw new InvalidRequestException(where + "." + call.method().getName() + ": arguments of " + out.size()
                        + " bytes cannot cross to another process (at most " + MAX_ARGUMENTS + ")");
        } catch (RuntimeException e) {
            out.discard();
            throw e;
        }
        return caps.finish(out);
    }

    static Object[] readArguments(SessionType.Call call, byte[] bytes, Capabilities caps) throws WireException {
        try (WireIn in = caps.reading(bytes)) {
            Object[] args = new Object[call.parameters().size()];
            for (int i = 0; i < args.length; i++) args[i] = read(call.parameters().get(i), in, caps);
            in.expectEnd("the arguments of " + call.method().getName());
            return args;
        }
    }

    /** The result of {@code call}, encoded; empty for {@code void}. */
    static byte[] result(SessionType.Call call, Object value, Capabilities caps, String where) {
        if (call.result() == null) return new byte[0];
        WireOut out = new WireOut();
        try {
            write(call.result(), value, out, caps, where + "." + call.method().getName() + " result");
        } catch (RuntimeException e) {
            out.discard();
            throw e;
        }
        return caps.finish(out);
    }

    static Object readResult(SessionType.Call call, byte[] bytes, Capabilities caps) throws WireException {
        try (WireIn in = caps.reading(bytes)) {
            if (call.result() == null) {
                if (bytes.length != 0) throw new WireException("a result of void " + call.method().getName());
                in.expectEnd("a result of void " + call.method().getName());
                return null;
            }
            Object value = read(call.result(), in, caps);
            in.expectEnd("the result of " + call.method().getName());
            return value;
        }
    }

    static void write(ValueType type, Object value, WireOut out, Capabilities caps, String where) {
        if (value == null) throw new InvalidRequestException(where + " is null");
        switch (type) {
            case ValueType.Primitive(Class<?> c) -> primitive(c, value, out, where);
            case ValueType.Text() -> out.writeString(cast(String.class, value, where));
            case ValueType.EnumValue(Class<?> c) -> {
                if (!c.isInstance(value)) throw new InvalidRequestException(where + " is not a " + c.getSimpleName());
                out.writeInt(((Enum<?>) value).ordinal());
            }
            case ValueType.PrimitiveArray(Class<?> c) -> array(c, value, out, where);
            case ValueType.ListValue(ValueType element) -> {
                List<?> list = cast(List.class, value, where);
                Object[] items = list.toArray();
                out.writeInt(items.length);
                for (int i = 0; i < items.length; i++) write(element, items[i], out, caps, where + "[" + i + "]");
            }
            case ValueType.OptionalValue(ValueType element) -> {
                Optional<?> optional = cast(Optional.class, value, where);
                out.writeBoolean(optional.isPresent());
                if (optional.isPresent()) write(element, optional.get(), out, caps, where + ".get()");
            }
            case ValueType.RecordValue r -> {
                if (value.getClass() != r.type()) throw new InvalidRequestException(where + " is not a " + r.type().getSimpleName());
                for (int i = 0; i < r.components().size(); i++) {
                    Method accessor = r.accessors().get(i);
                    write(r.components().get(i), component(accessor, value), out, caps, where + "." + accessor.getName());
                }
            }
            case ValueType.SealedValue s -> {
                Class<?>[] permitted = s.type().getPermittedSubclasses();
                for (int i = 0; i < permitted.length; i++) {
                    if (permitted[i].isInstance(value)) {
                        out.writeByte(i);
                        write(s.permitted().get(permitted[i]), value, out, caps, where);
                        return;
                    }
                }
                throw new InvalidRequestException(where + " is not a " + s.type().getSimpleName());
            }
            case ValueType.SessionCapability(Class<?> c) -> caps.writeSession(c, value, out, where);
            case ValueType.Token(Class<?> c) -> {
                if (value.getClass() != c) throw new InvalidRequestException(where + " is not a " + c.getSimpleName());
                caps.writeToken(c, value, out, where);
            }
        }
    }

    static Object read(ValueType type, WireIn in, Capabilities caps) throws WireException {
        return switch (type) {
            case ValueType.Primitive(Class<?> c) -> readPrimitive(c, in);
            case ValueType.Text() -> in.readString();
            case ValueType.EnumValue(Class<?> c) -> {
                Object[] constants = c.getEnumConstants();
                int ordinal = in.readInt();
                if (ordinal < 0 || ordinal >= constants.length) throw new WireException("no " + c.getSimpleName() + " number " + ordinal);
                yield constants[ordinal];
            }
            case ValueType.PrimitiveArray(Class<?> c) -> readArray(c, in);
            case ValueType.ListValue(ValueType element) -> {
                int n = in.readCount(0);
                List<Object> items = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) items.add(read(element, in, caps));
                yield List.copyOf(items);
            }
            case ValueType.OptionalValue(ValueType element) -> in.readBoolean() ? Optional.of(read(element, in, caps)) : Optional.empty();
            case ValueType.RecordValue r -> {
                Object[] parts = new Object[r.components().size()];
                for (int i = 0; i < parts.length; i++) parts[i] = read(r.components().get(i), in, caps);
                try {
                    yield r.canonical().newInstance(parts);
                } catch (InvocationTargetException e) {
                    throw new WireException("a " + r.type().getSimpleName() + " its constructor refuses: " + e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot build " + r.type().getName(), e);
                }
            }
            case ValueType.SealedValue s -> {
                Class<?>[] permitted = s.type().getPermittedSubclasses();
                int index = in.readByte();
                if (index < 0 || index >= permitted.length) throw new WireException("no " + s.type().getSimpleName() + " number " + index);
                yield read(s.permitted().get(permitted[index]), in, caps);
            }
            case ValueType.SessionCapability(Class<?> c) -> caps.readSession(c, in);
            case ValueType.Token(Class<?> c) -> caps.readToken(c, in);
        };
    }

    private static void primitive(Class<?> c, Object value, WireOut out, String where) {
        switch (value) {
            case Integer v when c == int.class -> out.writeInt(v);
            case Long v when c == long.class -> out.writeLong(v);
            case Boolean v when c == boolean.class -> out.writeBoolean(v);
            case Short v when c == short.class -> out.writeShort(v);
            case Byte v when c == byte.class -> out.writeByte(v);
            case Character v when c == char.class -> out.writeShort(v);
            case Float v when c == float.class -> out.writeInt(Float.floatToRawIntBits(v));
            case Double v when c == double.class -> out.writeLong(Double.doubleToRawLongBits(v));
            default -> throw new InvalidRequestException(where + " is not a " + c.getName());
        }
    }

    private static Object readPrimitive(Class<?> c, WireIn in) throws WireException {
        if (c == int.class) return in.readInt();
        if (c == long.class) return in.readLong();
        if (c == boolean.class) return in.readBoolean();
        if (c == short.class) return in.readShort();
        if (c == byte.class) return (byte) in.readByte();
        if (c == char.class) return (char) in.readShort();
        if (c == float.class) return Float.intBitsToFloat(in.readInt());
        if (c == double.class) return Double.longBitsToDouble(in.readLong());
        throw new IllegalStateException("no primitive " + c);
    }

    private static void array(Class<?> c, Object value, WireOut out, String where) {
        if (value.getClass() != c) throw new InvalidRequestException(where + " is not a " + c.getSimpleName());
        switch (value) {
            case int[] a -> { out.writeInt(a.length); for (int v : a) out.writeInt(v); }
            case long[] a -> { out.writeInt(a.length); for (long v : a) out.writeLong(v); }
            case byte[] a -> out.writeBlock(a);
            case short[] a -> { out.writeInt(a.length); for (short v : a) out.writeShort(v); }
            case char[] a -> { out.writeInt(a.length); for (char v : a) out.writeShort(v); }
            case float[] a -> { out.writeInt(a.length); for (float v : a) out.writeInt(Float.floatToRawIntBits(v)); }
            case double[] a -> { out.writeInt(a.length); for (double v : a) out.writeLong(Double.doubleToRawLongBits(v)); }
            case boolean[] a -> { out.writeInt(a.length); for (boolean v : a) out.writeBoolean(v); }
            default -> throw new InvalidRequestException(where + " is not a " + c.getSimpleName());
        }
    }

    private static Object readArray(Class<?> c, WireIn in) throws WireException {
        Class<?> e = c.getComponentType();
        if (e == byte.class) return in.readBlock();
        if (e == int.class) {
            int[] a = new int[in.readCount(4)];
            for (int i = 0; i < a.length; i++) a[i] = in.readInt();
            return a;
        }
        if (e == long.class) {
            long[] a = new long[in.readCount(8)];
            for (int i = 0; i < a.length; i++) a[i] = in.readLong();
            return a;
        }
        if (e == short.class) {
            short[] a = new short[in.readCount(2)];
            for (int i = 0; i < a.length; i++) a[i] = in.readShort();
            return a;
        }
        if (e == char.class) {
            char[] a = new char[in.readCount(2)];
            for (int i = 0; i < a.length; i++) a[i] = (char) in.readShort();
            return a;
        }
        if (e == float.class) {
            float[] a = new float[in.readCount(4)];
            for (int i = 0; i < a.length; i++) a[i] = Float.intBitsToFloat(in.readInt());
            return a;
        }
        if (e == double.class) {
            double[] a = new double[in.readCount(8)];
            for (int i = 0; i < a.length; i++) a[i] = Double.longBitsToDouble(in.readLong());
            return a;
        }
        boolean[] a = new boolean[in.readCount(1)];
        for (int i = 0; i < a.length; i++) a[i] = in.readBoolean();
        return a;
    }

    private static <T> T cast(Class<T> type, Object value, String where) {
        if (!type.isInstance(value)) throw new InvalidRequestException(where + " is not a " + type.getSimpleName());
        return type.cast(value);
    }

    private static Object component(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
