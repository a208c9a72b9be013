package org.jenode.base.runtime.wire;

import java.util.Arrays;
import org.jenode.base.crossing.Descriptor;

/**
 * The file descriptors that travel with one frame, owned here: received, until a value of the frame
 * takes one (each at most once, by its index); to be sent, until the frame has gone. Closing closes every
 * one not taken, so that a descriptor the frame's values did not name is closed at once, never kept.
 */
public final class Descriptors implements AutoCloseable {

    /** A frame without descriptors. */
    static final Descriptors NONE = new Descriptors(new int[0]);

    private final int[] numbers;
    private final boolean[] taken;
    private boolean closed;

    Descriptors(int[] numbers) {
        this.numbers = numbers;
        this.taken = new boolean[numbers.length];
    }

    public int count() { return numbers.length; }

    /** The numbers, for {@code sendmsg}; they stay owned here. */
    int[] numbers() { return numbers.clone(); }

    /**
     * Descriptor {@code index} of the frame, which the caller owns from now on; an index out of range or
     * named twice is a forgery of the sender's.
     */
    synchronized Descriptor take(int index) throws WireException {
        if (index < 0 || index >= numbers.length)
            throw new WireException("descriptor " + index + " of a frame that carried " + numbers.length);
        if (taken[index]) throw new WireException("descriptor " + index + " of the frame named twice");
        if (closed) throw new WireException("descriptor " + index + " of a frame that is done with");
        taken[index] = true;
        return new Descriptor(numbers[index], UnixSocket::closeDescriptor);
    }

    /** Fails if the frame carried a descriptor its values did not name. */
    synchronized void expectAllTaken(String what) throws WireException {
        int left = 0;
        for (boolean t : taken) if (!t) left++;
        if (left > 0) throw new WireException("a frame that carried " + left + " descriptor" + (left == 1 ? "" : "s") + " more than "
                + what + " named");
    }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        for (int i = 0; i < numbers.length; i++) if (!taken[i]) UnixSocket.closeDescriptor(numbers[i]);
    }

    @Override public String toString() { return "Descriptors" + Arrays.toString(numbers); }
}
