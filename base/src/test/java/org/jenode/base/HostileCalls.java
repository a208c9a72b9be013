package org.jenode.base;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The C calls a hostile component in a process of its own makes through the FFM API, as native code in
 * it could: opening another process's {@code /proc} entries, taking its descriptors ({@code pidfd_getfd}),
 * tracing it, making memory files of its own and writing frames with descriptors to its socket. Each
 * answers with what the kernel said: a descriptor (or 0), or minus errno.
 */
final class HostileCalls {

    static final int EPERM = 1, ENOENT = 2, EACCES = 13;
    static final int O_RDONLY = 0, O_RDWR = 2, O_CLOEXEC = 0x80000;
    private static final int MFD_CLOEXEC = 1, MFD_ALLOW_SEALING = 2, F_ADD_SEALS = 1033;
    private static final int F_SEAL_SHRINK = 2, F_SEAL_GROW = 4;
    private static final int PTRACE_DETACH = 17, PTRACE_SEIZE = 0x4206;

    private final Linker linker = Linker.nativeLinker();
    private final SymbolLookup libc = linker.defaultLookup();
    private final StructLayout state = Linker.Option.captureStateLayout();
    private final VarHandle errno = state.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private final MethodHandle open, close, memfdCreate, ftruncate, fcntl, pipe, sendmsg, pidfdOpen, pidfdGetfd, ptrace;

    HostileCalls() {
        var i = ValueLayout.JAVA_INT;
        var j = ValueLayout.JAVA_LONG;
        var a = ValueLayout.ADDRESS;
        open = handle("open", FunctionDescriptor.of(i, a, i, i), Linker.Option.firstVariadicArg(2));
        close = linker.downcallHandle(libc.findOrThrow("close"), FunctionDescriptor.of(i, i));
        memfdCreate = handle("memfd_create", FunctionDescriptor.of(i, a, i));
        ftruncate = handle("ftruncate", FunctionDescriptor.of(i, i, j));
        fcntl = handle("fcntl", FunctionDescriptor.of(i, i, i, i), Linker.Option.firstVariadicArg(2));
        pipe = handle("pipe", FunctionDescriptor.of(i, a));
        sendmsg = handle("sendmsg", FunctionDescriptor.of(j, i, a, i));
        pidfdOpen = handle("pidfd_open", FunctionDescriptor.of(i, i, i));
        pidfdGetfd = handle("pidfd_getfd", FunctionDescriptor.of(i, i, i, i));
        ptrace = handle("ptrace", FunctionDescriptor.of(j, i, i, a, a), Linker.Option.firstVariadicArg(1));
    }

    /** open(path, flags): a descriptor, closed again at once (only whether it opened matters), or minus errno. */
    int tryOpen(String path, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(state);
            int fd = (int) open.invokeExact(s, a.allocateFrom(path), flags | O_CLOEXEC, 0);
            if (fd < 0) return -(int) errno.get(s, 0L);
            closeFd(fd);
            return fd;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** pidfd_getfd of descriptor {@code fd} of process {@code pid}: 0 if it was taken (and closed again), or minus errno. */
    int tryTake(long pid, int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(state);
            int pidfd = (int) pidfdOpen.invokeExact(s, (int) pid, 0);
            if (pidfd < 0) return -(int) errno.get(s, 0L);
            int taken = (int) pidfdGetfd.invokeExact(s, pidfd, fd, 0);
            int result = taken < 0 ? -(int) errno.get(s, 0L) : 0;
            if (taken >= 0) closeFd(taken);
            closeFd(pidfd);
            return result;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** PTRACE_SEIZE of {@code pid} (which does not stop it), detached again at once if it worked: 0, or minus errno. */
    int trySeize(long pid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(state);
            long r = (long) ptrace.invokeExact(s, PTRACE_SEIZE, (int) pid, MemorySegment.NULL, MemorySegment.NULL);
            if (r < 0) return -(int) errno.get(s, 0L);
            long ignored = (long) ptrace.invokeExact(s, PTRACE_DETACH, (int) pid, MemorySegment.NULL, MemorySegment.NULL);
            return 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A memory file named {@code name} of {@code size} bytes, sealed against shrinking and growing if {@code sealed}. */
    int memoryFile(String name, long size, boolean sealed) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(state);
            int fd = check((int) memfdCreate.invokeExact(s, a.allocateFrom(name), MFD_CLOEXEC | MFD_ALLOW_SEALING), s, "memfd_create");
            check((int) ftruncate.invokeExact(s, fd, size), s, "ftruncate");
            if (sealed) check((int) fcntl.invokeExact(s, fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW), s, "F_ADD_SEALS");
            return fd;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The read end of a new pipe (its write end closed): a descriptor that is no memory file. */
    int pipe() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(state);
            MemorySegment ends = a.allocate(8, 4);
            check((int) pipe.invokeExact(s, ends), s, "pipe");
            closeFd(ends.get(ValueLayout.JAVA_INT, 4));
            return ends.get(ValueLayout.JAVA_INT, 0);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Writes {@code bytes} to socket {@code socket} in one sendmsg, with {@code fds} as SCM_RIGHTS; what it wrote. */
    long send(int socket, byte[] bytes, int[] fds) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(state);
            MemorySegment data = a.allocateFrom(ValueLayout.JAVA_BYTE, bytes);
            MemorySegment iov = a.allocate(16, 8);
            iov.set(ValueLayout.ADDRESS, 0, data);
            iov.set(ValueLayout.JAVA_LONG, 8, bytes.length);
            MemorySegment header = a.allocate(56, 8);
            header.set(ValueLayout.ADDRESS, 16, iov);
            header.set(ValueLayout.JAVA_LONG, 24, 1);
            if (fds.length > 0) {
                MemorySegment control = a.allocate(16 + 8L * fds.length, 8);
                control.set(ValueLayout.JAVA_LONG, 0, 16 + 4L * fds.length);
                control.set(ValueLayout.JAVA_INT, 8, 1); // SOL_SOCKET
                control.set(ValueLayout.JAVA_INT, 12, 1); // SCM_RIGHTS
                for (int k = 0; k < fds.length; k++) control.set(ValueLayout.JAVA_INT, 16 + 4L * k, fds[k]);
                header.set(ValueLayout.ADDRESS, 32, control);
                header.set(ValueLayout.JAVA_LONG, 40, (16 + 4L * fds.length + 7) & ~7L);
            }
            long written = (long) sendmsg.invokeExact(s, socket, header, 0);
            return written < 0 ? -(int) errno.get(s, 0L) : written;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    void closeFd(int fd) {
        try {
            int ignored = (int) close.invokeExact(fd);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A result as a word: the errno's name, or "opened". */
    static String outcome(int result) {
        return switch (result) {
            case -EPERM -> "EPERM";
            case -EACCES -> "EACCES";
            case -ENOENT -> "ENOENT";
            default -> result < 0 ? "errno " + -result : "opened";
        };
    }

    private int check(int result, MemorySegment s, String what) {
        if (result < 0) throw new IllegalStateException(what + " failed: errno " + (int) errno.get(s, 0L));
        return result;
    }

    private MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... more) {
        Linker.Option[] options = new Linker.Option[more.length + 1];
        options[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(more, 0, options, 1, more.length);
        return linker.downcallHandle(libc.findOrThrow(name), descriptor, options);
    }
}
