package org.jenode.base.runtime.wire;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One end of a child's socket: messages out, from any thread, one frame at a time; messages in, read by
 * one thread. A frame is its length (4 bytes, big-endian) and the message; one longer than
 * {@link #MAX_FRAME}, or one that does not read as a message, is a {@link WireException}.
 */
public final class Wire implements AutoCloseable {

    /** The longest frame: room for a screen of pixels read back through a Capture session. */
    public static final int MAX_FRAME = 16 << 20;

    private final SocketChannel channel;
    private final ReentrantLock writing = new ReentrantLock();
    /** Used by the reading thread only. */
    private final ByteBuffer length = ByteBuffer.allocate(4);
    private ByteBuffer frame = ByteBuffer.allocate(4096);

    public Wire(SocketChannel channel) { this.channel = channel; }

    /** Sends {@code message}, waiting for other senders; fails with {@link IOException} once the socket is gone. */
    public void send(Message message) throws IOException {
        ByteBuffer bytes = encode(message);
        writing.lock();
        try {
            write(bytes);
        } finally {
            writing.unlock();
        }
    }

    /** Sends {@code message} only if nobody else is sending right now: for a thread that must never wait. */
    public boolean trySend(Message message) throws IOException {
        ByteBuffer bytes = encode(message);
        if (!writing.tryLock()) return false;
        try {
            write(bytes);
            return true;
        } finally {
            writing.unlock();
        }
    }

    /** The next message; {@link EOFException} when the peer has gone. Call from one thread only. */
    public Message receive() throws IOException, WireException {
        length.clear();
        if (!fill(length)) {
            if (length.position() == 0) throw new EOFException("the peer closed the socket");
            throw new WireException("a frame's length cut short by the end of the socket");
        }
        int n = length.getInt(0);
        if (n <= 0 || n > MAX_FRAME) throw new WireException("a frame of " + n + " bytes (at most " + MAX_FRAME + ")");
        if (frame.capacity() < n) frame = ByteBuffer.allocate(Math.max(n, Math.min(MAX_FRAME, frame.capacity() * 2)));
        frame.clear().limit(n);
        if (!fill(frame)) throw new WireException("a frame cut short by the end of the socket");
        return MessageCodec.decode(new WireIn(frame.array(), 0, n));
    }

    @Override public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a socket that failed leaves nothing to do
        }
    }

    private static ByteBuffer encode(Message message) {
        WireOut out = new WireOut();
        out.writeInt(0);
        MessageCodec.encode(message, out);
        int n = out.size() - 4;
        if (n > MAX_FRAME) throw new IllegalArgumentException("a message of " + n + " bytes cannot cross (at most " + MAX_FRAME + ")");
        out.patchInt(0, n);
        return ByteBuffer.wrap(out.buffer(), 0, out.size());
    }

    /**
     * Writes all of {@code bytes}. The socket is an interruptible channel, which an interrupt would close
     * for good; an entrypoint that is being stopped is interrupted, so its flag is put aside meanwhile.
     */
    private void write(ByteBuffer bytes) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            while (bytes.hasRemaining()) channel.write(bytes);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Reads until {@code into} is full; false if the stream ends first. */
    private boolean fill(ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            if (channel.read(into) < 0) return false;
        }
        return true;
    }
}
