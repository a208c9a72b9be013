package org.jenode.framebuffer.fx;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.jenode.input.Keycodes;

/**
 * JavaFX key codes to Linux key codes. A code names a physical key; JavaFX names keys by their US
 * layout meaning, which for the keys below is the same thing. Keys without a Linux counterpart map to
 * {@link Keycodes#KEY_UNKNOWN}.
 */
public final class FxKeys {

    private static final Map<KeyCode, Integer> TABLE = table();

    private FxKeys() { }

    public static int linux(KeyCode code) { return TABLE.getOrDefault(code, Keycodes.KEY_UNKNOWN); }

    private static Map<KeyCode, Integer> table() {
        Map<KeyCode, Integer> t = new EnumMap<>(KeyCode.class);
        for (char c = 'A'; c <= 'Z'; c++) t.put(KeyCode.valueOf(String.valueOf(c)), Keycodes.code("KEY_" + c));
        for (int d = 0; d <= 9; d++) {
            t.put(KeyCode.valueOf("DIGIT" + d), Keycodes.code("KEY_" + d));
            t.put(KeyCode.valueOf("NUMPAD" + d), Keycodes.code("KEY_KP" + d));
        }
        for (int f = 1; f <= 24; f++) t.put(KeyCode.valueOf("F" + f), Keycodes.code("KEY_F" + f));
        // modifiers
        t.put(KeyCode.SHIFT, Keycodes.KEY_LEFTSHIFT);
        t.put(KeyCode.CONTROL, Keycodes.KEY_LEFTCTRL);
        t.put(KeyCode.ALT, Keycodes.KEY_LEFTALT);
        t.put(KeyCode.ALT_GRAPH, Keycodes.KEY_RIGHTALT);
        t.put(KeyCode.META, Keycodes.KEY_LEFTMETA);
        t.put(KeyCode.WINDOWS, Keycodes.KEY_LEFTMETA);
        t.put(KeyCode.COMMAND, Keycodes.KEY_LEFTMETA);
        t.put(KeyCode.CAPS, Keycodes.KEY_CAPSLOCK);
        t.put(KeyCode.NUM_LOCK, Keycodes.KEY_NUMLOCK);
        t.put(KeyCode.SCROLL_LOCK, Keycodes.KEY_SCROLLLOCK);
        t.put(KeyCode.CONTEXT_MENU, Keycodes.KEY_COMPOSE);
        // arrows and editing
        t.put(KeyCode.UP, Keycodes.KEY_UP);
        t.put(KeyCode.DOWN, Keycodes.KEY_DOWN);
        t.put(KeyCode.LEFT, Keycodes.KEY_LEFT);
        t.put(KeyCode.RIGHT, Keycodes.KEY_RIGHT);
        t.put(KeyCode.KP_UP, Keycodes.KEY_KP8);
        t.put(KeyCode.KP_DOWN, Keycodes.KEY_KP2);
        t.put(KeyCode.KP_LEFT, Keycodes.KEY_KP4);
        t.put(KeyCode.KP_RIGHT, Keycodes.KEY_KP6);
        t.put(KeyCode.HOME, Keycodes.KEY_HOME);
        t.put(KeyCode.END, Keycodes.KEY_END);
        t.put(KeyCode.PAGE_UP, Keycodes.KEY_PAGEUP);
        t.put(KeyCode.PAGE_DOWN, Keycodes.KEY_PAGEDOWN);
        t.put(KeyCode.INSERT, Keycodes.KEY_INSERT);
        t.put(KeyCode.DELETE, Keycodes.KEY_DELETE);
        t.put(KeyCode.BACK_SPACE, Keycodes.KEY_BACKSPACE);
        t.put(KeyCode.ENTER, Keycodes.KEY_ENTER);
        t.put(KeyCode.TAB, Keycodes.KEY_TAB);
        t.put(KeyCode.ESCAPE, Keycodes.KEY_ESC);
        t.put(KeyCode.SPACE, Keycodes.KEY_SPACE);
        t.put(KeyCode.PRINTSCREEN, Keycodes.KEY_SYSRQ);
        t.put(KeyCode.PAUSE, Keycodes.KEY_PAUSE);
        // punctuation (US layout positions)
        t.put(KeyCode.MINUS, Keycodes.KEY_MINUS);
        t.put(KeyCode.EQUALS, Keycodes.KEY_EQUAL);
        t.put(KeyCode.OPEN_BRACKET, Keycodes.KEY_LEFTBRACE);
        t.put(KeyCode.CLOSE_BRACKET, Keycodes.KEY_RIGHTBRACE);
        t.put(KeyCode.BACK_SLASH, Keycodes.KEY_BACKSLASH);
        t.put(KeyCode.SEMICOLON, Keycodes.KEY_SEMICOLON);
        t.put(KeyCode.QUOTE, Keycodes.KEY_APOSTROPHE);
        t.put(KeyCode.BACK_QUOTE, Keycodes.KEY_GRAVE);
        t.put(KeyCode.DEAD_GRAVE, Keycodes.KEY_GRAVE);
        t.put(KeyCode.COMMA, Keycodes.KEY_COMMA);
        t.put(KeyCode.PERIOD, Keycodes.KEY_DOT);
        t.put(KeyCode.SLASH, Keycodes.KEY_SLASH);
        t.put(KeyCode.LESS, Keycodes.KEY_102ND);
        // keypad
        t.put(KeyCode.MULTIPLY, Keycodes.KEY_KPASTERISK);
        t.put(KeyCode.ADD, Keycodes.KEY_KPPLUS);
        t.put(KeyCode.SUBTRACT, Keycodes.KEY_KPMINUS);
        t.put(KeyCode.DIVIDE, Keycodes.KEY_KPSLASH);
        t.put(KeyCode.DECIMAL, Keycodes.KEY_KPDOT);
        t.put(KeyCode.SEPARATOR, Keycodes.KEY_KPCOMMA);
        t.put(KeyCode.CLEAR, Keycodes.KEY_KP5);
        return t;
    }
}
