package org.jenode.base.runtime.wire;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.jenode.base.natives.Libc;

/**
 * A Unix-domain stream socket of our own, through the FFM API, because Java's {@code SocketChannel}
 * cannot pass file descriptors: this one sends descriptors with bytes ({@code SCM_RIGHTS} in one
 * {@code sendmsg}) and receives them with the bytes they came with, so that a dataspace's memory file
 * reaches the other process through the socket and never through {@code /proc/<pid>/fd}.
 *
 * <p>Reading blocks in the kernel, so it belongs on a platform thread (a virtual thread would pin its
 * carrier for as long). Writing blocks only while the peer's buffer is full; a virtual thread then parks
 * and retries instead. One thread reads and one writes at a time (the {@link Wire} sees to it).
 * {@link #close} wakes a blocked reader (it sees the end of the stream); the descriptor itself is closed
 * only once no call is using it, so that a late call can never reach a file that reused its number.
 */
public final class UnixSocket implements AutoCloseable {

    /** The most descriptors one message can carry (the kernel's {@code SCM_MAX_FD}). */
    public static final int MAX_DESCRIPTORS = 253;

    private static final int AF_UNIX = 1, SOCK_STREAM = 1, SOCK_CLOEXEC = 0x80000;
    private static final int SOL_SOCKET = 1, SCM_RIGHTS = 1, SO_PEERCRED = 17, SHUT_RDWR = 2;
    private static final int MSG_CTRUNC = 0x8, MSG_DONTWAIT = 0x40, MSG_NOSIGNAL = 0x4000, MSG_CMSG_CLOEXEC = 0x40000000;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int EINTR = 4, EAGAIN = 11;
    private static final short POLLIN = 1;
    private static final int SUN_PATH = 108;
    /** struct msghdr (LP64): name, namelen, iov, iovlen, control, controllen, flags. */
    private static final long MSG_IOV = 16, MSG_IOVLEN = 24, MSG_CONTROL = 32, MSG_CONTROLLEN = 40, MSG_FLAGS = 48, MSGHDR = 56;
    /** struct cmsghdr (LP64): len (size_t), level, type, then the data. */
    private static final long CMSG_HEADER = 16;
    private static final long CONTROL = CMSG_HEADER + align(4L * MAX_DESCRIPTORS);
    /** Each direction moves bytes through a native buffer of this size, a message in as many pieces as it needs. */
    private static final int SCRATCH = 64 * 1024;
    private static final long BACKOFF_MIN_NS = 20_000, BACKOFF_MAX_NS = 2_000_000;
    /** No descriptor for {@link #step} to close when it fails. */
    private static final int NO_DESCRIPTOR = -1;
    /** What a read's native step returns when the kernel cut the descriptors short ({@code MSG_CTRUNC}). */
    private static final int CUT_SHORT = -1;

    private static final Natives NATIVES = Natives.load();

    private final int fd;
    private final Object lock = new Object();
    private int users;
    private boolean closed;
    /** Native memory for one read and one write at a time, freed with the socket. */
    private final Arena arena = Arena.ofShared();
    private final Direction in = new Direction(arena), out = new Direction(arena);

    private UnixSocket(int fd) { this.fd = fd; }

    /** A socket listening at {@code path} (which must not exist), for one connection at a time. */
    public static UnixSocket listen(Path path) throws IOException {
        int fd = socket();
        return step(fd, IOException.class, n -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment state = a.allocate(Libc.STATE);
                check(state, (int) n.bind.invokeExact(state, fd, address(a, path), (int) (2 + SUN_PATH)), "bind " + path);
                check(state, (int) n.listen.invokeExact(state, fd, 1), "listen");
                return new UnixSocket(fd);
            }
        });
    }

    /** Connects to the socket listening at {@code path}. */
    public static UnixSocket connect(Path path) throws IOException {
        int fd = socket();
        return step(fd, IOException.class, n -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment state = a.allocate(Libc.STATE);
                MemorySegment address = address(a, path);
                int r;
                do r = (int) n.connect.invokeExact(state, fd, address, (int) (2 + SUN_PATH));
                while (r < 0 && Libc.errno(state) == EINTR);
                check(state, r, "connect " + path);
                return new UnixSocket(fd);
            }
        });
    }

    /**
     * The next connection, waiting at most {@code timeoutMillis} and only as long as {@code keepWaiting}
     * says: empty-handed, an {@link IOException}. It asks the kernel without blocking and parks between
     * (a millisecond or two), so that it may run on any thread, a virtual one included.
     */
    public UnixSocket accept(long timeoutMillis, BooleanSupplier keepWaiting) throws IOException {
        long until = System.nanoTime() + timeoutMillis * 1_000_000;
        return using((n, own) -> {
            long backoff = BACKOFF_MIN_NS;
            try (Arena a = Arena.ofConfined()) {
                MemorySegment state = a.allocate(Libc.STATE);
                MemorySegment poll = a.allocate(8, 4);
                while (true) {
                    poll.set(ValueLayout.JAVA_INT, 0, own);
                    poll.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
                    poll.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
                    int ready = (int) n.poll.invokeExact(state, poll, 1L, 0);
                    if (ready < 0 && Libc.errno(state) != EINTR) throw failure(state, "poll");
                    if (ready > 0) {
                        int accepted = (int) n.accept4.invokeExact(state, own, MemorySegment.NULL, MemorySegment.NULL, SOCK_CLOEXEC);
                        if (accepted >= 0) return new UnixSocket(accepted);
                        int errno = Libc.errno(state);
                        if (errno != EINTR && errno != EAGAIN) throw failure(state, "accept");
                        continue;
                    }
                    if (!keepWaiting.getAsBoolean()) throw new IOException("nobody is waiting for the connection any more");
                    if (System.nanoTime() - until > 0) throw new IOException("no connection within " + timeoutMillis + " ms");
                    LockSupport.parkNanos(backoff);
                    backoff = Math.min(BACKOFF_MAX_NS, backoff * 2);
                }
            }
        });
    }

    /** The process at the other end, as the kernel saw it connect ({@code SO_PEERCRED}): no claim of the peer's. */
    public long peerPid() throws IOException {
        return using((n, own) -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment state = a.allocate(Libc.STATE);
                MemorySegment credentials = a.allocate(12, 4);
                MemorySegment length = a.allocateFrom(ValueLayout.JAVA_INT, 12);
                check(state, (int) n.getsockopt.invokeExact(state, own, SOL_SOCKET, SO_PEERCRED, credentials, length), "SO_PEERCRED");
                return (long) credentials.get(ValueLayout.JAVA_INT, 0);
            }
        });
    }

    /**
     * Writes {@code length} bytes of {@code bytes} from {@code from}, with {@code descriptors} on the first
     * of them (in the first {@code sendmsg}, so the peer receives them with the first bytes it reads).
     * The descriptors stay the caller's. Without {@code wait}, nothing is written if the peer's buffer has
     * no room at once, and this returns false: a message no longer than a piece of the kernel's (Linux
     * queues each {@code sendmsg} of a stream socket in pieces of up to half its send buffer, each piece
     * whole or not at all) is then written whole or not at all; a longer one that the buffer cut short is
     * finished, waiting as a virtual thread does, since the peer must never see a message cut in two.
     */
    boolean write(byte[] bytes, int from, int length, int[] descriptors, boolean wait) throws IOException {
        if (descriptors.length > MAX_DESCRIPTORS) throw new IllegalArgumentException(descriptors.length + " descriptors in one message");
        return using((n, own) -> {
            long control = 0;
            if (descriptors.length > 0) {
                long used = CMSG_HEADER + 4L * descriptors.length;
                out.control.set(ValueLayout.JAVA_LONG, 0, used);
                out.control.set(ValueLayout.JAVA_INT, 8, SOL_SOCKET);
                out.control.set(ValueLayout.JAVA_INT, 12, SCM_RIGHTS);
                for (int i = 0; i < descriptors.length; i++) out.control.set(ValueLayout.JAVA_INT, CMSG_HEADER + 4L * i, descriptors[i]);
                control = align(used);
            }
            boolean parking = !wait || Thread.currentThread().isVirtual();
            long backoff = BACKOFF_MIN_NS;
            int sent = 0;
            while (sent < length) {
                int chunk = Math.min(SCRATCH, length - sent);
                MemorySegment.copy(bytes, from + sent, out.data, ValueLayout.JAVA_BYTE, 0, chunk);
                out.message(chunk, sent == 0 ? control : 0);
                long r = (long) n.sendmsg.invokeExact(out.state, own, out.header, MSG_NOSIGNAL | (parking ? MSG_DONTWAIT : 0));
                if (r >= 0) {
                    sent += (int) r;
                    backoff = BACKOFF_MIN_NS;
                    continue;
                }
                int errno = Libc.errno(out.state);
                if (errno == EINTR) continue;
                if (errno == EAGAIN && !wait && sent == 0) return false;
                if (errno == EAGAIN && parking) {
                    LockSupport.parkNanos(backoff); // the peer's buffer is full: wait without holding a carrier
                    backoff = Math.min(BACKOFF_MAX_NS, backoff * 2);
                    continue;
                }
                throw failure(out.state, "sendmsg");
            }
            return true;
        });
    }

    /**
     * Reads between 1 and {@code length} bytes (at most a buffer's worth) into {@code into} at {@code from}
     * and hands each descriptor that came with them to {@code descriptors}, which owns it from then on
     * (received close-on-exec). Returns how many bytes came, 0 at the end of the stream. Descriptors cut
     * short by the kernel ({@code MSG_CTRUNC}: the peer sent more than any message may carry) are a
     * {@link WireException}, after those that did arrive were handed over.
     */
    int read(byte[] into, int from, int length, IntConsumer descriptors) throws IOException, WireException {
        int chunk = Math.min(SCRATCH, length);
        int got = using((n, own) -> {
            long r;
            do {
                in.message(chunk, CONTROL);
                r = (long) n.recvmsg.invokeExact(in.state, own, in.header, MSG_CMSG_CLOEXEC);
            } while (r < 0 && Libc.errno(in.state) == EINTR);
            if (r < 0) throw failure(in.state, "recvmsg");
            received(descriptors);
            if ((in.header.get(ValueLayout.JAVA_INT, MSG_FLAGS) & MSG_CTRUNC) != 0) return CUT_SHORT;
            MemorySegment.copy(in.data, ValueLayout.JAVA_BYTE, 0, into, from, (int) r);
            return (int) r;
        });
        if (got == CUT_SHORT) throw new WireException("more descriptors than a message may carry (at most " + MAX_DESCRIPTORS + ")");
        return got;
    }

    /** The descriptors of the last {@code recvmsg}, from every {@code SCM_RIGHTS} message in its control data. */
    private void received(IntConsumer descriptors) {
        long used = in.header.get(ValueLayout.JAVA_LONG, MSG_CONTROLLEN);
        for (long at = 0; at + CMSG_HEADER <= used; ) {
            long len = in.control.get(ValueLayout.JAVA_LONG, at);
            if (len < CMSG_HEADER || at + len > used) break;
            if (in.control.get(ValueLayout.JAVA_INT, at + 8) == SOL_SOCKET && in.control.get(ValueLayout.JAVA_INT, at + 12) == SCM_RIGHTS) {
                for (long d = CMSG_HEADER; d + 4 <= len; d += 4) descriptors.accept(in.control.get(ValueLayout.JAVA_INT, at + d));
            }
            at += align(len);
        }
    }

    /** Ends both directions at once (a blocked reader sees the end of the stream); idempotent. */
    @Override public void close() {
        synchronized (lock) {
            if (closed) return;
            closed = true;
            step(NO_DESCRIPTOR, RuntimeException.class, n -> (int) n.shutdown.invokeExact(fd, SHUT_RDWR));
            if (users == 0) release();
        }
    }

    /** Runs {@code step} on this socket's descriptor, which stays open until the step is done (see {@link #close}). */
    private <T> T using(SocketStep<T> step) throws IOException {
        int own = enter();
        try {
            return step(NO_DESCRIPTOR, IOException.class, n -> step.run(n, own));
        } finally {
            leave();
        }
    }

    private int enter() throws IOException {
        synchronized (lock) {
            if (closed) throw new IOException("the socket is closed");
            users++;
            return fd;
        }
    }

    private void leave() {
        synchronized (lock) {
            if (--users == 0 && closed) release();
        }
    }

    private void release() {
        closeDescriptor(fd);
        arena.close();
    }

    /** A copy of descriptor {@code fd} (close-on-exec), which the caller owns. */
    static int duplicate(int fd) {
        return step(NO_DESCRIPTOR, RuntimeException.class, n -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment state = a.allocate(Libc.STATE);
                int copy = (int) n.fcntl.invokeExact(state, fd, F_DUPFD_CLOEXEC, 0);
                if (copy < 0) throw new IllegalStateException("fcntl(F_DUPFD_CLOEXEC) of descriptor " + fd + " failed: errno " + Libc.errno(state));
                return copy;
            }
        });
    }

    static void closeDescriptor(int fd) {
        step(NO_DESCRIPTOR, RuntimeException.class, n -> (int) n.close.invokeExact(fd));
    }

    private static int socket() throws IOException {
        return step(NO_DESCRIPTOR, IOException.class, n -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment state = a.allocate(Libc.STATE);
                return check(state, (int) n.socket.invokeExact(state, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0), "socket(AF_UNIX)");
            }
        });
    }

    /**
     * Runs one native step. What it throws reaches the caller as itself if it is a {@code failure} (the
     * step's own, an {@link IOException} where the caller declares one) or unchecked, and as an
     * {@link IllegalStateException} otherwise (whatever else {@code invokeExact} may declare); either way
     * {@code fresh}, a descriptor the caller has just made for what the step sets up, is closed first
     * ({@link #NO_DESCRIPTOR}: none).
     */
    private static <T, X extends Exception> T step(int fresh, Class<X> failure, Step<T> step) throws X {
        Natives n = natives();
        try {
            return step.run(n);
        } catch (Throwable t) {
            if (fresh != NO_DESCRIPTOR) closeDescriptor(fresh);
            if (t instanceof RuntimeException r) throw r;
            if (failure.isInstance(t)) throw failure.cast(t);
            throw new IllegalStateException(t);
        }
    }

    /** Downcalls through the C library's socket calls, which declare {@link Throwable} ({@code invokeExact}). */
    @FunctionalInterface
    private interface Step<T> {
        T run(Natives n) throws Throwable;
    }

    /** A {@link Step} on the socket's own descriptor {@code own}. */
    @FunctionalInterface
    private interface SocketStep<T> {
        T run(Natives n, int own) throws Throwable;
    }

    /** struct sockaddr_un for {@code path}. */
    private static MemorySegment address(Arena a, Path path) throws IOException {
        byte[] name = path.toString().getBytes(StandardCharsets.UTF_8);
        if (name.length >= SUN_PATH) throw new IOException("a socket path of " + name.length + " bytes (at most " + (SUN_PATH - 1) + "): " + path);
        MemorySegment address = a.allocate(2 + SUN_PATH, 2);
        address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
        MemorySegment.copy(name, 0, address, ValueLayout.JAVA_BYTE, 2, name.length);
        return address;
    }

    private static long align(long n) { return (n + 7) & ~7L; }

    private static int check(MemorySegment state, int result, String what) throws IOException {
        if (result < 0) throw failure(state, what);
        return result;
    }

    private static IOException failure(MemorySegment state, String what) {
        return new IOException(what + " failed: errno " + Libc.errno(state));
    }

    private static Natives natives() {
        if (NATIVES == null) throw new UnsupportedOperationException("no Unix-domain sockets through the C library on this platform");
        return NATIVES;
    }

    /** The native memory of one direction: a message header, its one buffer, control data and errno. */
    private static final class Direction {
        final MemorySegment header, iov, control, data, state;

        Direction(Arena arena) {
            header = arena.allocate(MSGHDR, 8);
            iov = arena.allocate(16, 8);
            control = arena.allocate(CONTROL, 8);
            data = arena.allocate(SCRATCH, 8);
            state = arena.allocate(Libc.STATE);
        }

        /** Sets up the header for {@code length} bytes of the buffer and {@code controlLength} bytes of control data. */
        void message(long length, long controlLength) {
            header.fill((byte) 0);
            iov.set(ValueLayout.ADDRESS, 0, data);
            iov.set(ValueLayout.JAVA_LONG, 8, length);
            header.set(ValueLayout.ADDRESS, MSG_IOV, iov);
            header.set(ValueLayout.JAVA_LONG, MSG_IOVLEN, 1);
            if (controlLength > 0) {
                header.set(ValueLayout.ADDRESS, MSG_CONTROL, control);
                header.set(ValueLayout.JAVA_LONG, MSG_CONTROLLEN, controlLength);
            }
        }
    }

    /** The C library's socket calls; those that can fail capture errno. */
    private record Natives(MethodHandle socket, MethodHandle bind, MethodHandle listen, MethodHandle accept4, MethodHandle connect,
                           MethodHandle sendmsg, MethodHandle recvmsg, MethodHandle poll, MethodHandle getsockopt,
                           MethodHandle fcntl, MethodHandle shutdown, MethodHandle close) {

        static Natives load() {
            try {
                var i = ValueLayout.JAVA_INT;
                var j = ValueLayout.JAVA_LONG;
                var a = ValueLayout.ADDRESS;
                return new Natives(
                        Libc.capturing("socket", FunctionDescriptor.of(i, i, i, i)),
                        Libc.capturing("bind", FunctionDescriptor.of(i, i, a, i)),
                        Libc.capturing("listen", FunctionDescriptor.of(i, i, i)),
                        Libc.capturing("accept4", FunctionDescriptor.of(i, i, a, a, i)),
                        Libc.capturing("connect", FunctionDescriptor.of(i, i, a, i)),
                        Libc.capturing("sendmsg", FunctionDescriptor.of(j, i, a, i)),
                        Libc.capturing("recvmsg", FunctionDescriptor.of(j, i, a, i)),
                        Libc.capturing("poll", FunctionDescriptor.of(i, a, j, i)),
                        Libc.capturing("getsockopt", FunctionDescriptor.of(i, i, i, i, a, a)),
                        Libc.capturing("fcntl", FunctionDescriptor.of(i, i, i, i), Linker.Option.firstVariadicArg(2)),
                        Libc.plain("shutdown", FunctionDescriptor.of(i, i, i)),
                        Libc.plain("close", FunctionDescriptor.of(i, i)));
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }
}
