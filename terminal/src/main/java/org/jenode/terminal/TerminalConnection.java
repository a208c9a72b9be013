package org.jenode.terminal;

import java.nio.ByteBuffer;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;

/**
 * A client's end of a Terminal session (Genode's {@code Terminal::Connection}): reads and writes byte
 * arrays, copying them through the session's I/O buffer in chunks of at most
 * {@link TerminalSession#IO_BUFFER_SIZE}.
 */
public final class TerminalConnection implements AutoCloseable {

    private final TerminalSession session;
    private final ByteBuffer io;

    public TerminalConnection(TerminalSession session) {
        this.session = session;
        this.io = session.ioBuffer().bytes();
    }

    /** Opens a Terminal session labelled {@code label} with the default donation. */
    public static TerminalConnection open(Env env, String label) {
        return new TerminalConnection(env.session(TerminalSession.class, label,
                SessionArgs.ramQuota(TerminalSession.RAM_QUOTA)));
    }

    public TerminalSession session() { return session; }

    /** Sends {@code length} bytes of {@code data} from {@code offset} to the terminal. */
    public void write(byte[] data, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, io.capacity());
            io.put(0, data, offset, n);
            session.write(n);
            offset += n;
            length -= n;
        }
    }

    public void write(byte[] data) { write(data, 0, data.length); }

    /** What the user typed since the last call, possibly nothing. */
    public byte[] read() {
        int n = session.read(io.capacity());
        byte[] out = new byte[n];
        io.get(0, out, 0, n);
        return out;
    }

    @Override public void close() { session.close(); }
}
