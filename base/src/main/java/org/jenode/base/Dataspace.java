package org.jenode.base;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.OptionalInt;
import org.jenode.base.crossing.Descriptor;

/**
 * Shared memory of a known size: a {@link MemorySegment} of an {@link Arena} that the paying account
 * owns, in native byte order, shared by exactly the components that were handed it. Pixels are ARGB
 * ints, so {@link #ints()} is the usual view.
 *
 * <p>{@link #free()} closes the arena: the memory is back at once, the account is credited, and every
 * view anybody kept of it (a client that held on to an old buffer) throws {@link IllegalStateException}
 * on its next access instead of pinning memory its account no longer pays for. A read-only view handed
 * to a party that may only look shares the memory but cannot free it.
 *
 * <p>A dataspace can cross to a component in a process of its own ({@code isolation="process"}) when
 * its memory is a sealed memory file, allocated from an account that {@linkplain
 * RamAccount#shareAcrossProcesses() shares across processes}: the other process maps the same memory,
 * nothing is copied. Read-only content (a ROM module's) crosses as a sealed copy.
 */
public final class Dataspace implements Capability {

    private final MemorySegment memory;
    /** The arena the owner closes; null for a view and for unaccounted content such as ROM modules. */
    private final Arena arena;
    private final RamAccount account;
    /** The sealed memory file behind the memory, if it is one. */
    private final MemoryFile file;
    /** Content nobody frees, which lives as long as somebody holds it (see {@link #collected()}). */
    private boolean collected;

    private Dataspace(MemorySegment memory, Arena arena, RamAccount account, MemoryFile file) {
        this.memory = memory;
        this.arena = arena;
        this.account = account;
        this.file = file;
    }

    /**
     * {@code size} zeroed bytes in an arena of their own, charged to {@code account}, which tracks it; in a
     * sealed memory file if {@code shared}, so that another process can map them (freeing closes the file).
     */
    static Dataspace allocate(int size, RamAccount account, boolean shared) {
        Arena arena = Arena.ofShared();
        try {
            if (!shared) return new Dataspace(arena.allocate(Math.max(1, size), 64).asSlice(0, size), arena, account, null);
            MemoryFile file = MemoryFile.create(account.owner(), size);
            try {
                return new Dataspace(file.map(arena, size, true, true), arena, account, file);
            } catch (RuntimeException e) {
                file.close();
                throw e;
            }
        } catch (OutOfMemoryError | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    /**
     * The memory file behind {@code file}, a descriptor another process handed to this one (over its socket:
     * see {@link #sharedDescriptor()}), mapped here into {@code arena}, which the caller closes to unmap it;
     * the descriptor stays the caller's, who closes it once this returns (the mapping keeps the memory).
     * Only the runtime can call this: a {@link Descriptor} is made by the wire's receiving side alone, in a
     * package that is not exported, so a component on threads cannot map another's memory file of this
     * JVM by guessing its number. The
     * file is checked first: it must be a memory file sealed against shrinking and growing, of exactly
     * {@code size} bytes, so that the other process can never truncate it under this one's accesses.
     * Nobody here is charged and {@link #free()} does nothing: the memory is the other process's.
     *
     * @throws IllegalArgumentException if the descriptor is no such file
     */
    @SuppressWarnings("exports") // on purpose: a component cannot reach the parameter's type, so it cannot call this
    public static Dataspace mapped(Descriptor file, int size, boolean writable, Arena arena) {
        if (size < 0) throw new IllegalArgumentException("negative dataspace size " + size);
        MemorySegment memory = MemoryFile.received(file.number(), size, writable).map(arena, size, writable, false);
        return new Dataspace(writable ? memory : memory.asReadOnly(), null, null, null);
    }

    /** Whether this platform can share dataspaces with other processes (sealed memory files, Linux). */
    public static boolean shareable() { return MemoryFile.AVAILABLE; }

    /**
     * Bytes that nobody is charged for (a ROM module's content, owned by its server). Such content is
     * immutable and may be read by a reader long after the module moved on, so the collector frees it.
     */
    public static Dataspace readOnlyCopyOf(byte[] content) {
        MemorySegment memory = Arena.ofAuto().allocate(Math.max(1, content.length), 64).asSlice(0, content.length);
        MemorySegment.copy(MemorySegment.ofArray(content), 0, memory, 0, content.length);
        Dataspace d = new Dataspace(memory.asReadOnly(), null, null, null);
        d.collected = true;
        return d;
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
    public Dataspace readOnly() { return memory.isReadOnly() ? this : new Dataspace(memory.asReadOnly(), null, null, file); }

    /**
     * The descriptor of the sealed memory file that holds this dataspace's memory, a copy of which the
     * runtime hands over a child's socket for the other process to map with {@link #mapped}: how a dataspace
     * reaches a component in a process of its own. Memory allocated shared has one
     * as long as it is not freed; other memory has none (read-only content crosses as a {@link #sharedCopy()}).
     */
    public OptionalInt sharedDescriptor() {
        return file == null || !memory.scope().isAlive() ? OptionalInt.empty() : OptionalInt.of(file.fd());
    }

    /**
     * A read-only copy of this content in a sealed memory file that nobody can write, for handing to
     * another process that may only read it (a ROM module's content). Nobody is charged; the caller frees
     * it, closing its file, once the other process has mapped it.
     */
    public Dataspace sharedCopy() {
        MemoryFile copy = MemoryFile.create("read-only content", size());
        Arena arena = Arena.ofShared();
        try {
            try (Arena writing = Arena.ofConfined()) {
                MemorySegment.copy(memory, 0, copy.map(writing, size(), true, false), 0, size());
            }
            copy.sealWrites();
            return new Dataspace(copy.map(arena, size(), false, true).asReadOnly(), arena, null, copy);
        } catch (RuntimeException e) {
            arena.close();
            copy.close();
            throw e;
        }
    }

    /**
     * Unmaps the memory and returns it to the paying account; views of it fail from now on. Only the
     * owner's dataspace frees (and a {@linkplain #sharedCopy() shared copy}, its file); on a view, or a
     * second time, this does nothing.
     */
    public void free() {
        if (account != null) account.free(this, arena::close);
        else if (arena != null && arena.scope().isAlive()) arena.close();
    }

    /**
     * True for read-only content that nobody frees (a ROM module's, see {@link #readOnlyCopyOf}), which
     * lives as long as somebody holds it; false for memory that the paying account frees, and views of it.
     */
    public boolean collected() { return collected; }

    /** Whether the memory is gone (freed by its owner, or unmapped): every access fails from now on. */
    public boolean freed() { return !memory.scope().isAlive(); }

    @Override public String toString() { return "Dataspace[" + size() + (memory.isReadOnly() ? " ro" : " rw") + "]"; }
}
