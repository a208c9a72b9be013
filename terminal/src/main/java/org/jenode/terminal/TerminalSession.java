package org.jenode.terminal;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;

/**
 * Genode's Terminal session: a character stream in each direction plus the size of the screen. The bytes
 * travel through {@link #ioBuffer()}, a dataspace the server allocates from the client's donation (Genode's
 * I/O buffer), so that calls carry only counts and terminal and client may live in different processes.
 * {@link TerminalConnection} wraps the copying for a client.
 *
 * <p>Unlike Genode's graphical terminal, {@link #read} never blocks: it returns what is there, and the
 * {@linkplain #readAvailSigh read-avail signal} says when more arrived. A count outside
 * {@code 0..}{@link #IO_BUFFER_SIZE} is an invalid request.
 */
@ServiceName(value = "Terminal", ramQuota = TerminalSession.RAM_QUOTA)
public interface TerminalSession extends Session {

    /** Bytes the I/O buffer holds; one {@link #read} or {@link #write} moves at most this many. */
    int IO_BUFFER_SIZE = 16 * 1024;

    /** The default donation: the I/O buffer plus the server's bookkeeping for the session. */
    long RAM_QUOTA = IO_BUFFER_SIZE + 8 * 1024;

    /** The screen in character cells. */
    record Size(int columns, int lines) {
        public Size {
            if (columns < 0 || lines < 0) throw new IllegalArgumentException("negative size " + columns + "x" + lines);
        }

        @Override public String toString() { return columns + "x" + lines; }
    }

    Size size();

    /** Whether {@link #read} would return input now. */
    boolean avail();

    /** The shared I/O buffer of {@link #IO_BUFFER_SIZE} bytes. */
    Dataspace ioBuffer();

    /**
     * Moves up to {@code maxBytes} of pending input (what the user typed) to the start of the I/O buffer.
     *
     * @return how many bytes it moved, 0 if none are pending
     */
    int read(int maxBytes);

    /**
     * Shows the first {@code bytes} bytes of the I/O buffer (output of the client's program: text and
     * escape sequences).
     *
     * @return {@code bytes}
     */
    int write(int bytes);

    /** Signalled once the terminal is ready for output (at once for the graphical terminal). */
    void connectedSigh(SignalHandler handler);

    /** Signalled when input arrives while none was pending. */
    void readAvailSigh(SignalHandler handler);

    /** Signalled when {@link #size()} changed (the user resized the window). */
    void sizeChangedSigh(SignalHandler handler);
}
