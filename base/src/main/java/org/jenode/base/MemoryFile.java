package org.jenode.base;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.jenode.base.natives.Libc;

/**
 * A Linux memory file ({@code memfd_create}) sealed against shrinking and growing: memory that another
 * process maps once it has been handed a descriptor of it (over the socket, never through {@code /proc}),
 * and that nobody, not even a hostile peer holding its own descriptor, can truncate under a mapping
 * (which would fault the next access). It never has a name in any file system, so a crash leaves nothing behind: the memory is gone
 * with the last descriptor and mapping. Reached through the FFM API; where it is not available
 * (not Linux, no {@code memfd_create}) {@link #AVAILABLE} is false and nothing crosses a process.
 */
final class MemoryFile {

    private static final int MFD_CLOEXEC = 0x1, MFD_ALLOW_SEALING = 0x2;
    private static final int F_ADD_SEALS = 1033, F_GET_SEALS = 1034;
    private static final int F_SEAL_SEAL = 0x1, F_SEAL_SHRINK = 0x2, F_SEAL_GROW = 0x4, F_SEAL_WRITE = 0x8;
    private static final int F_GETFL = 3, O_ACCMODE = 3, O_RDWR = 2;
    private static final int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1;
    private static final int SEEK_END = 2;
    private static final long MAP_FAILED = -1;

    private static final Natives NATIVES = Natives.load().orElse(null);

    /** Whether this platform has sealed memory files. */
    static final boolean AVAILABLE = NATIVES != null;

    private final int fd;
    private final long size;

    private MemoryFile(int fd, long size) {
        this.fd = fd;
        this.size = size;
    }

    int fd() { return fd; }

    /** A new file of {@code size} zero bytes, sealed against any change of size. */
    static MemoryFile create(String name, long size) {
        Natives n = natives();
        try (Call call = n.call()) {
            int fd = call.check((int) n.memfdCreate.invokeExact(call.state, call.text(name), MFD_CLOEXEC | MFD_ALLOW_SEALING),
                    "memfd_create");
            MemoryFile file = new MemoryFile(fd, fileSize(size));
            try {
                call.check((int) n.ftruncate.invokeExact(call.state, fd, file.size), "ftruncate");
                call.check((int) n.fcntl.invokeExact(call.state, fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW), "fcntl(F_ADD_SEALS)");
            } catch (RuntimeException e) {
                file.close();
                throw e;
            }
            return file;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The memory file behind {@code fd}, a descriptor another process handed over (it stays the caller's,
     * who closes it once mapped); refused unless it is a memory file sealed against shrinking and growing,
     * of exactly {@code size} bytes, and, for {@code writable}, open for writing and not sealed against it:
     * a peer's descriptor is a claim to check, never to trust.
     */
    static MemoryFile received(int fd, long size, boolean writable) {
        Natives n = natives();
        MemoryFile file = new MemoryFile(fd, fileSize(size));
        try (Call call = n.call()) {
            int seals = (int) n.fcntl.invokeExact(call.state, fd, F_GET_SEALS, 0);
            if (seals < 0) throw new IllegalArgumentException("descriptor " + fd + " is not a memory file that can be sealed");
            if ((seals & (F_SEAL_SHRINK | F_SEAL_GROW)) != (F_SEAL_SHRINK | F_SEAL_GROW))
                throw new IllegalArgumentException("descriptor " + fd + " is not a memory file sealed against shrinking and growing");
            if (writable && (seals & F_SEAL_WRITE) != 0) throw new IllegalArgumentException("descriptor " + fd + " is sealed against writes");
            int flags = call.check((int) n.fcntl.invokeExact(call.state, fd, F_GETFL, 0), "fcntl(F_GETFL)");
            if (writable && (flags & O_ACCMODE) != O_RDWR) throw new IllegalArgumentException("descriptor " + fd + " is not open for writing");
            long actual = (long) n.lseek.invokeExact(call.state, fd, 0L, SEEK_END);
            if (actual != file.size) throw new IllegalArgumentException("descriptor " + fd + " has " + actual + " bytes, not " + file.size);
            return file;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Maps the first {@code length} bytes into {@code arena}: closing the arena unmaps them and, with
     * {@code closeWithArena}, closes the descriptor too (the owner's file lives exactly as long as its memory).
     */
    MemorySegment map(Arena arena, long length, boolean writable, boolean closeWithArena) {
        Natives n = natives();
        long mapped = fileSize(length);
        long address;
        try (Call call = n.call()) {
            MemorySegment at = (MemorySegment) n.mmap.invokeExact(call.state, MemorySegment.NULL, mapped,
                    writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED, fd, 0L);
            address = at.address();
            if (address == MAP_FAILED) throw call.failure("mmap of " + mapped + " bytes");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return MemorySegment.ofAddress(address).reinterpret(mapped, arena, _ -> {
            unmap(address, mapped);
            if (closeWithArena) close();
        }).asSlice(0, length);
    }

    /** Seals the file against writes: for a copy of read-only content that every mapper may only read. */
    void sealWrites() {
        Natives n = natives();
        try (Call call = n.call()) {
            call.check((int) n.fcntl.invokeExact(call.state, fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SEAL), "fcntl(F_SEAL_WRITE)");
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    void close() {
        try {
            int ignored = (int) natives().close.invokeExact(fd);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void unmap(long address, long length) {
        try {
            int ignored = (int) natives().munmap.invokeExact(MemorySegment.ofAddress(address), length);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A file of zero bytes cannot be mapped; an empty dataspace's file has one byte nobody sees. */
    private static long fileSize(long size) { return Math.max(1, size); }

    private static Natives natives() {
        if (NATIVES == null) throw new UnsupportedOperationException("no sealed memory files on this platform");
        return NATIVES;
    }

    /** One native call's scratch memory: its text arguments and the errno it leaves. */
    private static final class Call implements AutoCloseable {
        private final Arena arena = Arena.ofConfined();
        final MemorySegment state = arena.allocate(Libc.STATE);

        MemorySegment text(String s) { return arena.allocateFrom(s); }

        int check(int result, String what) {
            if (result < 0) throw failure(what);
            return result;
        }

        IllegalStateException failure(String what) {
            return new IllegalStateException(what + " failed: errno " + Libc.errno(state));
        }

        @Override public void close() { arena.close(); }
    }

    /** The C library's calls; those that can fail capture errno, so that a failure says why. */
    private record Natives(MethodHandle memfdCreate, MethodHandle ftruncate, MethodHandle fcntl, MethodHandle lseek,
                           MethodHandle mmap, MethodHandle munmap, MethodHandle close) {

        static Optional<Natives> load() {
            try {
                var i = ValueLayout.JAVA_INT;
                var j = ValueLayout.JAVA_LONG;
                var a = ValueLayout.ADDRESS;
                return Optional.of(new Natives(
                        Libc.capturing("memfd_create", FunctionDescriptor.of(i, a, i)),
                        Libc.capturing("ftruncate", FunctionDescriptor.of(i, i, j)),
                        Libc.capturing("fcntl", FunctionDescriptor.of(i, i, i, i), Linker.Option.firstVariadicArg(2)),
                        Libc.capturing("lseek", FunctionDescriptor.of(j, i, j, i)),
                        Libc.capturing("mmap", FunctionDescriptor.of(a, a, j, i, i, i, j)),
                        Libc.plain("munmap", FunctionDescriptor.of(i, a, j)),
                        Libc.plain("close", FunctionDescriptor.of(i, i))));
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }

        Call call() { return new Call(); }
    }
}
