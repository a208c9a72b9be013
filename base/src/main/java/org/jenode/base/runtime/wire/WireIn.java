package org.jenode.base.runtime.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jenode.base.crossing.Descriptor;

/**
 * A frame being read, which the peer may have forged: every read checks that the bytes are there, every
 * length that it fits in what is left, and text that it is UTF-8; a descriptor is named by its index
 * among those the frame carried, each at most once. Anything else is a {@link WireException}. Closing
 * closes the frame's descriptors that no value took.
 */
public final class WireIn implements AutoCloseable {

    private final byte[] bytes;
    private int at;
    private final int end;
    private final Descriptors descriptors;

    /** The bytes of a value and the descriptors that came with them. */
    public WireIn(byte[] bytes, Descriptors descriptors) { this(bytes, 0, bytes.length, descriptors); }

    WireIn(byte[] bytes, int from, int end, Descriptors descriptors) {
        this.bytes = bytes;
        this.at = from;
        this.end = end;
        this.descriptors = descriptors;
    }

    public int remaining() { return end - at; }

    public int readByte() throws WireException {
        need(1);
        return bytes[at++];
    }

    public boolean readBoolean() throws WireException {
        int b = readByte();
        if (b != 0 && b != 1) throw new WireException("a boolean of value " + b);
        return b == 1;
    }

    public short readShort() throws WireException {
        need(2);
        int v = (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
        at += 2;
        return (short) v;
    }

    public int readInt() throws WireException {
        need(4);
        int v = 0;
        for (int i = 0; i < 4; i++) v = v << 8 | bytes[at++] & 0xff;
        return v;
    }

    public long readLong() throws WireException {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) v = v << 8 | bytes[at++] & 0xff;
        return v;
    }

    /** A count of things to follow, each at least {@code minBytes} long: never more than the frame can hold. */
    public int readCount(int minBytes) throws WireException {
        int n = readInt();
        if (n < 0 || (long) n * Math.max(1, minBytes) > remaining() + (minBytes == 0 ? 65_536L : 0))
            throw new WireException("a count of " + n + " where " + remaining() + " bytes are left");
        return n;
    }

    public String readString() throws WireException {
        int length = readCount(1);
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, at, length)).toString();
            at += length;
            return s;
        } catch (CharacterCodingException e) {
            throw new WireException("text that is not UTF-8");
        }
    }

    public byte[] readBlock() throws WireException {
        int length = readCount(1);
        byte[] block = new byte[length];
        System.arraycopy(bytes, at, block, 0, length);
        at += length;
        return block;
    }

    /** One of the descriptors that came with the bytes, named by its index: the caller owns it. */
    public Descriptor readDescriptor() throws WireException { return descriptors.take(readInt()); }

    /** Fails if anything is left: a frame carries exactly one message, and no descriptor it does not name. */
    public void expectEnd(String what) throws WireException {
        if (at != end) throw new WireException(remaining() + " bytes left over after " + what);
        descriptors.expectAllTaken(what);
    }

    @Override public void close() { descriptors.close(); }

    private void need(int n) throws WireException {
        if (end - at < n) throw new WireException("a frame cut short (" + n + " bytes needed, " + remaining() + " left)");
    }
}
