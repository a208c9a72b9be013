package org.jenode.base.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for XML input. A lenient decoder would turn a Latin-1 file into replacement
 * characters that then fail somewhere later, or not at all; this one names the first byte that is not
 * UTF-8 by line and column.
 */
final class Utf8 {

    private Utf8() { }

    static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw notUtf8(bytes, in.position(), source);
        result = decoder.flush(out);
        if (result.isError()) throw notUtf8(bytes, in.position(), source);
        return out.flip().toString();
    }

    /** Line and column (in characters) of the byte at {@code offset}, counted from 1. */
    private static XmlException notUtf8(byte[] bytes, int offset, String source) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) if ((bytes[i] & 0xc0) != 0x80) column++;
        return new XmlException(new XmlLocation(source, line, column), String.format(
                "not UTF-8: byte 0x%02x cannot be decoded (Jenode reads XML as UTF-8 only; save the file as UTF-8)",
                bytes[offset] & 0xff), new CharacterCodingException());
    }
}
