package org.jenode.terminal.server;

import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.RamAccount;
import org.jenode.base.SignalHandler;
import org.jenode.terminal.TerminalSession;

/**
 * The server's end of one Terminal session: the I/O buffer, paid from the client's donation, and the
 * bytes the user typed that the client has not read yet (bounded: a paste larger than that is cut).
 */
final class TerminalSessionComponent implements TerminalSession {

    /** Typed input waiting for the client; a client that never reads cannot make the terminal grow. */
    static final int INPUT_LIMIT = 64 * 1024;

    /** Where the client's output goes: the terminal's model. */
    @FunctionalInterface
    interface Output {
        void show(ByteBuffer bytes, int length);
    }

    private final Dataspace io;
    private final Output output;
    private final Runnable closed;
    private final Supplier<Size> size;
    private final byte[] input = new byte[INPUT_LIMIT];
    private int inputLength;
    private SignalHandler readAvail, sizeChanged;

    TerminalSessionComponent(RamAccount donation, Supplier<Size> size, Output output, Runnable closed) {
        this.io = donation.allocate(IO_BUFFER_SIZE);
        this.size = size;
        this.output = output;
        this.closed = closed;
    }

    /** The user typed {@code bytes}; returns how many fitted. */
    int type(byte[] bytes) {
        int n = Math.min(bytes.length, INPUT_LIMIT - inputLength);
        boolean wasEmpty = inputLength == 0;
        System.arraycopy(bytes, 0, input, inputLength, n);
        inputLength += n;
        if (wasEmpty && n > 0 && readAvail != null) readAvail.submit();
        return n;
    }

    void sizeChanged() {
        if (sizeChanged != null) sizeChanged.submit();
    }

    @Override public Size size() { return size.get(); }

    @Override public boolean avail() { return inputLength > 0; }

    @Override public Dataspace ioBuffer() { return io; }

    @Override public int read(int maxBytes) {
        checkCount(maxBytes);
        int n = Math.min(maxBytes, inputLength);
        io.bytes().put(0, input, 0, n);
        System.arraycopy(input, n, input, 0, inputLength - n);
        inputLength -= n;
        return n;
    }

    @Override public int write(int bytes) {
        checkCount(bytes);
        output.show(io.bytes(), bytes);
        return bytes;
    }

    private static void checkCount(int bytes) {
        if (bytes < 0 || bytes > IO_BUFFER_SIZE)
            throw new InvalidRequestException("byte count " + bytes + " outside 0.." + IO_BUFFER_SIZE);
    }

    @Override public void connectedSigh(SignalHandler handler) {
        checkHandler(handler).submit(); // the graphical terminal is connected from the start
    }

    @Override public void readAvailSigh(SignalHandler handler) {
        readAvail = checkHandler(handler);
        if (inputLength > 0) readAvail.submit();
    }

    @Override public void sizeChangedSigh(SignalHandler handler) { sizeChanged = checkHandler(handler); }

    /** The runtime will refuse null before the server sees it; until it does, the server does. */
    private static SignalHandler checkHandler(SignalHandler handler) {
        if (handler == null) throw new InvalidRequestException("null signal handler");
        return handler;
    }

    @Override public void close() {
        io.free();
        closed.run();
    }
}
