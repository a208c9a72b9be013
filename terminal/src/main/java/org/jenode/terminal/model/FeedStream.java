package org.jenode.terminal.model;

import java.util.Arrays;
import java.io.IOException;
import com.techsenger.jeditermfx.core.ArrayTerminalDataStream;
import com.techsenger.jeditermfx.core.util.CharUtils;

/**
 * The emulator's input: chars appended as they arrive, consumed by the emulator. When a sequence is cut
 * off at the end of what arrived, the emulator hits end of data; {@link #rewind} puts the partial sequence
 * back so that it is parsed again, whole, once the rest has arrived.
 */
final class FeedStream extends ArrayTerminalDataStream {

    FeedStream() { super(new char[256], 0, 0); }

    void append(char[] chars, int count) {
        if (myOffset > 0) { // drop what was consumed
            System.arraycopy(myBuf, myOffset, myBuf, 0, myLength);
            myOffset = 0;
        }
        if (myLength + count > myBuf.length) myBuf = Arrays.copyOf(myBuf, Math.max(myBuf.length * 2, myLength + count));
        System.arraycopy(chars, 0, myBuf, myLength, count);
        myLength += count;
    }

    /**
     * JediTerm asks for as many chars as cells are left on the line, then writes them; wide characters
     * would overflow the line and be lost. So hand it only as many as fit in {@code cells}.
     */
    @Override public String readNonControlCharacters(int cells) throws IOException {
        int chars = 0;
        for (int used = 0; chars < myLength; chars++) {
            char c = myBuf[myOffset + chars];
            if (c < ' ' || c == 0x7f) break;
            used += CharUtils.isDoubleWidthCharacter(c, false) ? 2 : 1;
            if (used > cells) break;
        }
        return super.readNonControlCharacters(Math.max(1, chars));
    }

    /** Where the next char comes from. */
    int mark() { return myOffset; }

    /** Makes the chars from {@code mark} on unread again. */
    void rewind(int mark) {
        myLength += myOffset - mark;
        myOffset = mark;
    }

    int pending() { return myLength; }

    /** The char {@code ahead} positions on, or -1 if it has not arrived yet. */
    int peek(int ahead) { return ahead < myLength ? myBuf[myOffset + ahead] : -1; }

    void skip(int chars) {
        myOffset += chars;
        myLength -= chars;
    }
}
