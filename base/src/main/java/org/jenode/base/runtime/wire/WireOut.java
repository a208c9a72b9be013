package org.jenode.base.runtime.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A frame being written: big-endian numbers and length-prefixed UTF-8 text, growing as needed. */
public final class WireOut {

    private byte[] bytes = new byte[64];
    private int size;

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
