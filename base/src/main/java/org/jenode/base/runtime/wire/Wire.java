package org.jenode.base.runtime.wire;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One end of a child's socket: messages out, from any thread, one frame at a time; messages in, read by
 * one platform thread. A frame is its length (4 bytes, big-endian) and the message; one longer than
 * {@link #MAX_FRAME}, or one that does not read as a message, is a {@link WireException}.
 *
 * <p>The memory files of dataspaces cross in the frames that name them: the wire runs on a socket of our
 * own ({@link UnixSocket}) rather than beside a second channel for descriptors, so that a frame and its
 * descriptors are one {@code sendmsg} and arrive together, in the stream's own order, with nothing to pair
 * up. Values name them by index ({@link WireOut#writeDescriptor}, {@link WireIn#readDescriptor}); a value
 * is a block of bytes inside an {@link Message.Invoke} or a {@link Message.Returned}, encoded before and
 * decoded after the wire moves it (on another thread), so the descriptors go with that block: whoever
 * encodes a value {@linkplain #attach attaches} them to its bytes, and whoever decodes one takes
 * {@linkplain #received those that came with it}. The reader takes exactly a frame's bytes at a time, so
 * whatever descriptors come during them are that frame's. A frame of another kind that brings descriptors,
 * or more than may wait here, is a {@link WireException}; whatever is left when the wire closes is closed
 * with it.
 */
public final class Wire implements AutoCloseable {

    /** The longest frame: room for a screen of pixels read back through a Capture session. */
    public static final int MAX_FRAME = 16 << 20;
    /** The most received descriptors that may wait for their values to be read: a peer cannot fill this process's table. */
    static final int MAX_WAITING = 1024;

    private final UnixSocket socket;
    private final ReentrantLock writing = new ReentrantLock();
    /** Value blocks (by identity) and their descriptors: to be sent with them, and received with them. */
    private final Map<byte[], Descriptors> outgoing = new IdentityHashMap<>(), incoming = new IdentityHashMap<>();
    private int waiting;
    private boolean closed;
    /** Used by the reading thread only. */
    private final byte[] header = new byte[4];
    private byte[] buffer = new byte[4096];

    public Wire(UnixSocket socket) { this.socket = socket; }

    /** Sends {@code message}, waiting for other senders; fails with {@link IOException} once the socket is gone. */
    public void send(Message message) throws IOException {
        Frame frame = encode(message);
        writing.lock();
        try {
            write(message, frame, true);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Sends {@code message} only if that needs no waiting at all, for a thread that must never wait (a
     * server's, whose peer may have stopped reading): nobody else is sending right now (frames never mix)
     * and the socket takes the frame at once. Otherwise nothing is sent and this returns false. A frame as
     * small as a signal's goes whole or not at all (see {@link UnixSocket#write}).
     */
    public boolean trySend(Message message) throws IOException {
        Frame frame = encode(message);
        if (!writing.tryLock()) return false;
        try {
            return write(message, frame, false);
        } finally {
            writing.unlock();
        }
    }

    /**
     * The descriptors that {@code block}, a value's bytes, names go with the frame that carries it; they
     * are closed once it has been sent (or the wire closes first).
     */
    public void attach(byte[] block, Descriptors descriptors) {
        if (descriptors.count() == 0) return;
        synchronized (this) {
            if (!closed) {
                outgoing.put(block, descriptors);
                return;
            }
        }
        descriptors.close();
    }

    /** The descriptors that came with the value {@code block}, now the caller's; none if it brought none. */
    public Descriptors received(byte[] block) {
        synchronized (this) {
            Descriptors d = incoming.remove(block);
            if (d == null) return Descriptors.NONE;
            waiting -= d.count();
            return d;
        }
    }

    /** The next message; {@link EOFException} when the peer has gone. Call from one thread only. */
    public Message receive() throws IOException, WireException {
        List<Integer> came = new ArrayList<>(0);
        try {
            int got = socket.read(header, 0, 4, came::add);
            if (got == 0) throw new EOFException("the peer closed the socket");
            fill(header, got, 4, came, "a frame's length cut short by the end of the socket");
            int n = (header[0] & 0xff) << 24 | (header[1] & 0xff) << 16 | (header[2] & 0xff) << 8 | header[3] & 0xff;
            if (n <= 0 || n > MAX_FRAME) throw new WireException("a frame of " + n + " bytes (at most " + MAX_FRAME + ")");
            if (buffer.length < n) buffer = new byte[Math.max(n, Math.min(MAX_FRAME, buffer.length * 2))];
            fill(buffer, 0, n, came, "a frame cut short by the end of the socket");
            Message m = MessageCodec.decode(new WireIn(buffer, 0, n, Descriptors.NONE));
            if (!came.isEmpty()) {
                Descriptors carried = new Descriptors(came.stream().mapToInt(Integer::intValue).toArray());
                came.clear();
                keep(m, carried);
            }
            return m;
        } finally {
            for (int fd : came) UnixSocket.closeDescriptor(fd);
        }
    }

    /** Closes the socket (a blocked reader sees its end) and every descriptor still waiting here. */
    @Override public void close() {
        socket.close();
        List<Descriptors> left;
        synchronized (this) {
            closed = true;
            left = new ArrayList<>(outgoing.values());
            left.addAll(incoming.values());
            outgoing.clear();
            incoming.clear();
            waiting = 0;
        }
        left.forEach(Descriptors::close);
    }

    /** Reads {@code into} from {@code at} up to {@code end}; the stream ending first is the peer's fault. */
    private void fill(byte[] into, int at, int end, List<Integer> came, String cutShort) throws IOException, WireException {
        while (at < end) {
            int got = socket.read(into, at, end - at, came::add);
            if (got == 0) throw new WireException(cutShort);
            at += got;
        }
    }

    /** Keeps what came with {@code m} for its value to take, if it carries a value at all. */
    private void keep(Message m, Descriptors came) throws WireException {
        byte[] block = value(m);
        boolean full = false;
        synchronized (this) {
            if (block != null && !closed) {
                full = waiting + came.count() > MAX_WAITING;
                if (!full) {
                    incoming.put(block, came);
                    waiting += came.count();
                    return;
                }
            }
        }
        came.close();
        if (block == null) throw new WireException("a " + m.getClass().getSimpleName() + " frame that carried " + came.count() + " descriptors");
        if (full) throw new WireException("more than " + MAX_WAITING + " descriptors waiting to be read");
    }

    /** A frame as it goes out: its length and the message, in the first {@code size} bytes. */
    private record Frame(byte[] bytes, int size) { }

    private static Frame encode(Message message) {
        WireOut out = new WireOut();
        out.writeInt(0);
        MessageCodec.encode(message, out);
        int n = out.size() - 4;
        if (n > MAX_FRAME) throw new IllegalArgumentException("a message of " + n + " bytes cannot cross (at most " + MAX_FRAME + ")");
        out.patchInt(0, n);
        return new Frame(out.buffer(), out.size());
    }

    /**
     * Writes the frame with the descriptors attached to its value, then closes them (the peer has its own
     * now); a frame not sent, without {@code wait}, keeps them for its next try.
     */
    private boolean write(Message message, Frame frame, boolean wait) throws IOException {
        byte[] block = value(message);
        Descriptors attached;
        synchronized (this) {
            attached = block == null ? null : outgoing.remove(block);
        }
        boolean sent;
        try {
            sent = socket.write(frame.bytes(), 0, frame.size(), attached == null ? new int[0] : attached.numbers(), wait);
        } catch (IOException | RuntimeException e) {
            if (attached != null) attached.close();
            throw e;
        }
        if (attached != null) {
            if (sent) attached.close();
            else attach(block, attached);
        }
        return sent;
    }

    /** The value block of {@code m}, the only part of a message that can name descriptors; null if it has none. */
    private static byte[] value(Message m) {
        return switch (m) {
            case Message.Invoke i -> i.arguments();
            case Message.Returned r -> r.value();
            default -> null;
        };
    }
}
