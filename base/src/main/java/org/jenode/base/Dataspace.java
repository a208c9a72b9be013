package org.jenode.base;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * Shared memory: a direct buffer in native byte order, charged to the account that paid for it and
 * shared by exactly the components that were handed it. Pixels are ARGB ints, so {@link #ints()} is the
 * usual view. It is a plain direct buffer so that it can later become a mapped file shared between
 * processes without changing any interface.
 */
public final class Dataspace {

    private final ByteBuffer memory;
    private final RamAccount account;
    private final boolean writable;
    private volatile boolean freed;

    Dataspace(ByteBuffer memory, RamAccount account) {
        this(memory, account, true);
    }

    private Dataspace(ByteBuffer memory, RamAccount account, boolean writable) {
        this.memory = memory;
        this.account = account;
        this.writable = writable;
    }

    /** Wraps bytes that nobody is charged for (a ROM module's content, owned by its server). */
    public static Dataspace readOnlyCopyOf(byte[] content) {
        ByteBuffer b = ByteBuffer.allocateDirect(content.length).order(ByteOrder.nativeOrder());
        b.put(content).flip();
        return new Dataspace(b, null, false);
    }

    public int size() { return memory.capacity(); }

    public boolean writable() { return writable; }

    /** A fresh view of all bytes, position 0, native order; read-only if this dataspace is. */
    public ByteBuffer bytes() {
        ByteBuffer view = writable ? memory.duplicate() : memory.asReadOnlyBuffer();
        return view.clear().order(ByteOrder.nativeOrder());
    }

    /** A fresh view of all bytes as ints (ARGB pixels). */
    public IntBuffer ints() { return bytes().asIntBuffer(); }

    /** The content as a byte array (for small dataspaces such as ROMs and reports). */
    public byte[] copyBytes(int length) {
        byte[] out = new byte[Math.min(length, size())];
        bytes().get(out);
        return out;
    }

    /** A read-only view of the same memory, for handing to a party that may only look. */
    public Dataspace readOnly() { return writable ? new Dataspace(memory, null, false) : this; }

    /** Returns the memory to the paying account. Using the dataspace afterwards is a programming error. */
    public void free() {
        if (freed || account == null) return;
        freed = true;
        account.release(size());
    }

    @Override public String toString() { return "Dataspace[" + size() + (writable ? " rw" : " ro") + "]"; }
}
