package org.jenode.terminal.log;

import org.jenode.base.InvalidRequestException;
import org.jenode.base.log.LogSession;

/** One LOG client: splits what it writes into lines and makes them harmless to show. */
final class LogSessionComponent implements LogSession {

    @FunctionalInterface
    interface Lines {
        void show(String label, String line);
    }

    private final String label;
    private final Lines lines;

    LogSessionComponent(String label, Lines lines) {
        this.label = printable(label);
        this.lines = lines;
    }

    @Override public int write(String text) {
        if (text == null) throw new InvalidRequestException("null log text");
        if (text.length() > MAX_LINE) throw new InvalidRequestException("log text of " + text.length() + " chars, at most " + MAX_LINE);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) lines.show(label, printable(line));
        return text.length();
    }

    /** Control characters (C0, DEL, C1) become '?', so that no log line moves the cursor or sets a title. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean control = cp < 0x20 && cp != '\t' || cp >= 0x7f && cp < 0xa0;
            out.appendCodePoint(control ? '?' : cp == '\t' ? ' ' : cp);
        });
        return out.toString();
    }

    @Override public void close() { }
}
