package org.jenode.terminal.server;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jenode.input.Keycodes;
import org.jenode.terminal.model.Modes;

/**
 * What a key sends to the program, as xterm sends it (its PC-style function keys): cursor and editing
 * keys, F1-F12 and the keypad with xterm's modifier parameter ({@code ESC [ 1 ; 5 A} for Ctrl-Up),
 * application cursor and keypad modes, and Ctrl or Alt with a letter. Keys that type text send nothing
 * here: their characters arrive as Character events.
 */
final class KeyEncoder {

    private static final String CSI = "\u001b[", SS3 = "\u001bO";

    private KeyEncoder() { }

    static Optional<byte[]> encode(int code, Modifiers mods, Modes modes) {
        int m = mods.xtermParameter();
        String s = switch (code) {
            case Keycodes.KEY_ENTER -> mods.alt() ? "\u001b\r" : "\r";
            case Keycodes.KEY_BACKSPACE -> mods.ctrl() ? "\b" : mods.alt() ? "\u001b\u007f" : "\u007f";
            case Keycodes.KEY_TAB -> mods.shift() ? CSI + "Z" : "\t";
            case Keycodes.KEY_ESC -> "\u001b";
            case Keycodes.KEY_UP -> cursor('A', m, modes);
            case Keycodes.KEY_DOWN -> cursor('B', m, modes);
            case Keycodes.KEY_RIGHT -> cursor('C', m, modes);
            case Keycodes.KEY_LEFT -> cursor('D', m, modes);
            case Keycodes.KEY_HOME -> cursor('H', m, modes);
            case Keycodes.KEY_END -> cursor('F', m, modes);
            case Keycodes.KEY_INSERT -> tilde(2, m);
            case Keycodes.KEY_DELETE -> tilde(3, m);
            case Keycodes.KEY_PAGEUP -> tilde(5, m);
            case Keycodes.KEY_PAGEDOWN -> tilde(6, m);
            case Keycodes.KEY_F1 -> function('P', m);
            case Keycodes.KEY_F2 -> function('Q', m);
            case Keycodes.KEY_F3 -> function('R', m);
            case Keycodes.KEY_F4 -> function('S', m);
            case Keycodes.KEY_F5 -> tilde(15, m);
            case Keycodes.KEY_F6 -> tilde(17, m);
            case Keycodes.KEY_F7 -> tilde(18, m);
            case Keycodes.KEY_F8 -> tilde(19, m);
            case Keycodes.KEY_F9 -> tilde(20, m);
            case Keycodes.KEY_F10 -> tilde(21, m);
            case Keycodes.KEY_F11 -> tilde(23, m);
            case Keycodes.KEY_F12 -> tilde(24, m);
            case Keycodes.KEY_KPENTER -> modes.applicationKeypad() ? SS3 + "M" : "\r";
            default -> keypad(code, modes).or(() -> control(code, mods)).orElse(null);
        };
        return Optional.ofNullable(s).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Arrows, Home and End: {@code CSI A}, {@code SS3 A} in application mode, {@code CSI 1;m A} with modifiers. */
    private static String cursor(char key, int m, Modes modes) {
        if (m > 1) return CSI + "1;" + m + key;
        return (modes.applicationCursorKeys() ? SS3 : CSI) + key;
    }

    private static String tilde(int number, int m) { return CSI + number + (m > 1 ? ";" + m : "") + "~"; }

    private static String function(char key, int m) { return m > 1 ? CSI + "1;" + m + key : SS3 + key; }

    /** In application keypad mode the keypad sends {@code SS3} codes; otherwise its characters arrive as text. */
    private static Optional<String> keypad(int code, Modes modes) {
        if (!modes.applicationKeypad()) return Optional.empty();
        char c = switch (code) {
            case Keycodes.KEY_KP0 -> 'p';
            case Keycodes.KEY_KP1 -> 'q';
            case Keycodes.KEY_KP2 -> 'r';
            case Keycodes.KEY_KP3 -> 's';
            case Keycodes.KEY_KP4 -> 't';
            case Keycodes.KEY_KP5 -> 'u';
            case Keycodes.KEY_KP6 -> 'v';
            case Keycodes.KEY_KP7 -> 'w';
            case Keycodes.KEY_KP8 -> 'x';
            case Keycodes.KEY_KP9 -> 'y';
            case Keycodes.KEY_KPMINUS -> 'm';
            case Keycodes.KEY_KPPLUS -> 'k';
            case Keycodes.KEY_KPASTERISK -> 'j';
            case Keycodes.KEY_KPSLASH -> 'o';
            case Keycodes.KEY_KPDOT -> 'n';
            default -> 0;
        };
        return c == 0 ? Optional.empty() : Optional.of(SS3 + c);
    }

    /** Ctrl with a letter or one of {@code @[\]^_} and space: the C0 control; Alt in front sends ESC first. */
    private static Optional<String> control(int code, Modifiers mods) {
        if (!mods.ctrl()) return Optional.empty();
        int letter = letter(code);
        int c = letter != 0 ? letter - 'a' + 1 : switch (code) {
            case Keycodes.KEY_SPACE, Keycodes.KEY_2 -> 0;
            case Keycodes.KEY_LEFTBRACE, Keycodes.KEY_3 -> 0x1b;
            case Keycodes.KEY_BACKSLASH, Keycodes.KEY_4 -> 0x1c;
            case Keycodes.KEY_RIGHTBRACE, Keycodes.KEY_5 -> 0x1d;
            case Keycodes.KEY_6 -> 0x1e;
            case Keycodes.KEY_MINUS, Keycodes.KEY_7, Keycodes.KEY_SLASH -> 0x1f;
            case Keycodes.KEY_8 -> 0x7f;
            default -> -1;
        };
        if (c < 0) return Optional.empty();
        return Optional.of((mods.alt() ? "\u001b" : "") + (char) c);
    }

    /** The letter on a key of the US layout (where Ctrl combinations are the same on most layouts), or 0. */
    private static int letter(int code) {
        String row1 = "qwertyuiop", row2 = "asdfghjkl", row3 = "zxcvbnm";
        if (code >= Keycodes.KEY_Q && code <= Keycodes.KEY_P) return row1.charAt(code - Keycodes.KEY_Q);
        if (code >= Keycodes.KEY_A && code <= Keycodes.KEY_L) return row2.charAt(code - Keycodes.KEY_A);
        if (code >= Keycodes.KEY_Z && code <= Keycodes.KEY_M) return row3.charAt(code - Keycodes.KEY_Z);
        return 0;
    }
}
