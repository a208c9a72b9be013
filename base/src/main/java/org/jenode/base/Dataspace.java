package org.jenode.base;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * Shared memory of a known size: a {@link MemorySegment} of an {@link Arena} that the paying account
 * owns, in native byte order, shared by exactly the components that were handed it. Pixels are ARGB
 * ints, so {@link #ints()} is the usual view.
 *
 * <p>{@link #free()} closes the arena: the memory is back at once, the account is credited, and every
 * view anybody kept of it (a client that held on to an old buffer) throws {@link IllegalStateException}
 * on its next access instead of pinning memory its account no longer pays for. A read-only view handed
 * to a party that may only look shares the memory but cannot free it.
 */
public final class Dataspace implements Capability {

    private final MemorySegment memory;
    /** The arena the owner closes; null for a view and for unaccounted content such as ROM modules. */
    private final Arena arena;
    private final RamAccount account;

    private Dataspace(MemorySegment memory, Arena arena, RamAccount account) {
        this.memory = memory;
        this.arena = arena;
        this.account = account;
    }

    /** {@code size} zeroed bytes in an arena of their own, charged to {@code account}, which tracks it. */
    static Dataspace allocate(int size, RamAccount account) {
        Arena arena = Arena.ofShared();
        try {
            return new Dataspace(arena.allocate(Math.max(1, size), 64).asSlice(0, size), arena, account);
        } catch (OutOfMemoryError e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Bytes that nobody is charged for (a ROM module's content, owned by its server). Such content is
     * immutable and may be read by a reader long after the module moved on, so the collector frees it.
     */
    public static Dataspace readOnlyCopyOf(byte[] content) {
        MemorySegment memory = Arena.ofAuto().allocate(Math.max(1, content.length), 64).asSlice(0, content.length);
        MemorySegment.copy(MemorySegment.ofArray(content), 0, memory, 0, content.length);
        return new Dataspace(memory.asReadOnly(), null, null);
    }

    public int size() { return (int) memory.byteSize(); }

    /** The memory itself; read-only if this dataspace is. Access after {@link #free()} throws. */
    public MemorySegment segment() { return memory; }

    /** A fresh view of all bytes, position 0, native order; read-only if this dataspace is. */
    public ByteBuffer bytes() { return memory.asByteBuffer().order(ByteOrder.nativeOrder()); }

    /** A fresh view of all bytes as ints (ARGB pixels). */
    public IntBuffer ints() { return bytes().asIntBuffer(); }

    /** The content as a byte array (for small dataspaces such as ROMs and reports). */
    public byte[] copyBytes(int length) {
        return memory.asSlice(0, Math.min(Math.max(0, length), size())).toArray(ValueLayout.JAVA_BYTE);
    }

    /** A read-only view of the same memory, for handing to a party that may only look. */
    public Dataspace readOnly() { return memory.isReadOnly() ? this : new Dataspace(memory.asReadOnly(), null, null); }

    /**
     * Unmaps the memory and returns it to the paying account; views of it fail from now on. Only the
     * owner's dataspace frees; on a view, or a second time, this does nothing.
     */
    public void free() {
        if (account != null) account.free(this, arena::close);
    }

    @Override public String toString() { return "Dataspace[" + size() + (memory.isReadOnly() ? " ro" : " rw") + "]"; }
}
