package org.jenode.terminal.model;

/**
 * Control sequences that JediTerm's parser gets wrong and that are safe to drop: it takes the private
 * SGR forms ({@code CSI > 4;2 m}, xterm's modifyOtherKeys, which vim sends; {@code CSI ? 4 m}) for plain
 * SGR, and prints the {@code $} of requests such as DECRQM ({@code CSI ? 12 $ p}). xterm and tmux
 * change nothing visible for them.
 */
final class MisreadSequences {

    private MisreadSequences() { }

    /** How long the misread sequence at the stream's head is; 0 if there is none, -1 if it may be one that has not fully arrived. */
    static int length(FeedStream s) {
        if (s.peek(0) != 0x1b) return 0;
        int bracket = s.peek(1);
        if (bracket != '[') return bracket < 0 ? -1 : 0;
        int i = 2;
        int c = s.peek(i);
        boolean privatePrefix = c == '<' || c == '=' || c == '>' || c == '?';
        if (privatePrefix) c = s.peek(++i);
        while (c >= '0' && c <= ';') c = s.peek(++i);
        boolean dollar = false;
        while (c >= 0x20 && c <= 0x2f) {
            dollar |= c == '$';
            c = s.peek(++i);
        }
        if (c < 0) return -1;
        boolean misread = (privatePrefix && c == 'm') || dollar;
        return misread ? i + 1 : 0;
    }
}
