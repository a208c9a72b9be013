package org.jenode.base.runtime.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jenode.base.InvalidRequestException;

/**
 * A frame being written: big-endian numbers and length-prefixed UTF-8 text, growing as needed; a file
 * descriptor as its index among those the frame will carry, each a copy owned here until the frame has
 * gone (so that its original may be closed meanwhile without another file taking its number).
 */
public final class WireOut {

    private byte[] bytes = new byte[64];
    private int size;
    private int[] descriptors = new int[0];

    public int size() { return size; }

    /** What was written, as a new array. */
    public byte[] toBytes() { return Arrays.copyOf(bytes, size); }

    byte[] buffer() { return bytes; }

    /** Overwrites four bytes written earlier (a frame's length, known only at the end). */
    void patchInt(int at, int v) {
        for (int i = 0; i < 4; i++) bytes[at + i] = (byte) (v >>> (24 - 8 * i));
    }

    public WireOut writeByte(int b) {
        room(1);
        bytes[size++] = (byte) b;
        return this;
    }

    public WireOut writeBoolean(boolean b) { return writeByte(b ? 1 : 0); }

    public WireOut writeShort(int v) {
        room(2);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
        return this;
    }

    public WireOut writeInt(int v) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) bytes[size++] = (byte) (v >>> shift);
        return this;
    }

    public WireOut writeLong(long v) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) bytes[size++] = (byte) (v >>> shift);
        return this;
    }

    public WireOut writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        return writeBytes(utf8, 0, utf8.length);
    }

    /** A length-prefixed block of bytes. */
    public WireOut writeBlock(byte[] block) {
        writeInt(block.length);
        return writeBytes(block, 0, block.length);
    }

    /** A descriptor of this process to go with the frame: a copy of it travels, the original stays the caller's. */
    public WireOut writeDescriptor(int descriptor) {
        if (descriptors.length == UnixSocket.MAX_DESCRIPTORS)
            throw new InvalidRequestException("more than " + UnixSocket.MAX_DESCRIPTORS + " dataspaces in one message");
        int copy = UnixSocket.duplicate(descriptor);
        descriptors = Arrays.copyOf(descriptors, descriptors.length + 1);
        descriptors[descriptors.length - 1] = copy;
        return writeInt(descriptors.length - 1);
    }

    /** The copies written so far, handed over to the caller (who sends and closes them). */
    public Descriptors descriptors() {
        Descriptors d = new Descriptors(descriptors);
        descriptors = new int[0];
        return d;
    }

    /** The frame will not be sent: its copies of descriptors are closed. */
    public void discard() { descriptors().close(); }

    public WireOut writeBytes(byte[] b, int from, int length) {
        room(length);
        System.arraycopy(b, from, bytes, size, length);
        size += length;
        return this;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            long grown = Math.max((long) bytes.length * 2, (long) size + more);
            if (grown > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("a frame of more than 2 GiB");
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
    }
}
