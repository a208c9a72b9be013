package org.jenode.framebuffer.gl;

import static org.lwjgl.glfw.GLFW.*;

import java.util.HashMap;
import java.util.Map;
import org.jenode.input.Keycodes;

/** GLFW key codes (which name physical keys by their US layout position) to Linux key codes. */
public final class GlfwKeys {

    private static final Map<Integer, Integer> TABLE = table();

    private GlfwKeys() { }

    public static int linux(int glfwKey) { return TABLE.getOrDefault(glfwKey, Keycodes.KEY_UNKNOWN); }

    private static Map<Integer, Integer> table() {
        Map<Integer, Integer> t = new HashMap<>();
        for (char c = 'A'; c <= 'Z'; c++) t.put(GLFW_KEY_A + (c - 'A'), Keycodes.code("KEY_" + c));
        for (int d = 0; d <= 9; d++) {
            t.put(GLFW_KEY_0 + d, Keycodes.code("KEY_" + d));
            t.put(GLFW_KEY_KP_0 + d, Keycodes.code("KEY_KP" + d));
        }
        for (int f = 1; f <= 24; f++) t.put(GLFW_KEY_F1 + f - 1, Keycodes.code("KEY_F" + f));
        int[][] pairs = {
            {GLFW_KEY_LEFT_SHIFT, Keycodes.KEY_LEFTSHIFT}, {GLFW_KEY_RIGHT_SHIFT, Keycodes.KEY_RIGHTSHIFT},
            {GLFW_KEY_LEFT_CONTROL, Keycodes.KEY_LEFTCTRL}, {GLFW_KEY_RIGHT_CONTROL, Keycodes.KEY_RIGHTCTRL},
            {GLFW_KEY_LEFT_ALT, Keycodes.KEY_LEFTALT}, {GLFW_KEY_RIGHT_ALT, Keycodes.KEY_RIGHTALT},
            {GLFW_KEY_LEFT_SUPER, Keycodes.KEY_LEFTMETA}, {GLFW_KEY_RIGHT_SUPER, Keycodes.KEY_RIGHTMETA},
            {GLFW_KEY_MENU, Keycodes.KEY_COMPOSE}, {GLFW_KEY_CAPS_LOCK, Keycodes.KEY_CAPSLOCK},
            {GLFW_KEY_NUM_LOCK, Keycodes.KEY_NUMLOCK}, {GLFW_KEY_SCROLL_LOCK, Keycodes.KEY_SCROLLLOCK},
            {GLFW_KEY_UP, Keycodes.KEY_UP}, {GLFW_KEY_DOWN, Keycodes.KEY_DOWN},
            {GLFW_KEY_LEFT, Keycodes.KEY_LEFT}, {GLFW_KEY_RIGHT, Keycodes.KEY_RIGHT},
            {GLFW_KEY_HOME, Keycodes.KEY_HOME}, {GLFW_KEY_END, Keycodes.KEY_END},
            {GLFW_KEY_PAGE_UP, Keycodes.KEY_PAGEUP}, {GLFW_KEY_PAGE_DOWN, Keycodes.KEY_PAGEDOWN},
            {GLFW_KEY_INSERT, Keycodes.KEY_INSERT}, {GLFW_KEY_DELETE, Keycodes.KEY_DELETE},
            {GLFW_KEY_BACKSPACE, Keycodes.KEY_BACKSPACE}, {GLFW_KEY_ENTER, Keycodes.KEY_ENTER},
            {GLFW_KEY_TAB, Keycodes.KEY_TAB}, {GLFW_KEY_ESCAPE, Keycodes.KEY_ESC}, {GLFW_KEY_SPACE, Keycodes.KEY_SPACE},
            {GLFW_KEY_PRINT_SCREEN, Keycodes.KEY_SYSRQ}, {GLFW_KEY_PAUSE, Keycodes.KEY_PAUSE},
            {GLFW_KEY_MINUS, Keycodes.KEY_MINUS}, {GLFW_KEY_EQUAL, Keycodes.KEY_EQUAL},
            {GLFW_KEY_LEFT_BRACKET, Keycodes.KEY_LEFTBRACE}, {GLFW_KEY_RIGHT_BRACKET, Keycodes.KEY_RIGHTBRACE},
            {GLFW_KEY_BACKSLASH, Keycodes.KEY_BACKSLASH}, {GLFW_KEY_SEMICOLON, Keycodes.KEY_SEMICOLON},
            {GLFW_KEY_APOSTROPHE, Keycodes.KEY_APOSTROPHE}, {GLFW_KEY_GRAVE_ACCENT, Keycodes.KEY_GRAVE},
            {GLFW_KEY_COMMA, Keycodes.KEY_COMMA}, {GLFW_KEY_PERIOD, Keycodes.KEY_DOT}, {GLFW_KEY_SLASH, Keycodes.KEY_SLASH},
            {GLFW_KEY_WORLD_1, Keycodes.KEY_102ND},
            {GLFW_KEY_KP_MULTIPLY, Keycodes.KEY_KPASTERISK}, {GLFW_KEY_KP_ADD, Keycodes.KEY_KPPLUS},
            {GLFW_KEY_KP_SUBTRACT, Keycodes.KEY_KPMINUS}, {GLFW_KEY_KP_DIVIDE, Keycodes.KEY_KPSLASH},
            {GLFW_KEY_KP_DECIMAL, Keycodes.KEY_KPDOT}, {GLFW_KEY_KP_ENTER, Keycodes.KEY_KPENTER},
            {GLFW_KEY_KP_EQUAL, Keycodes.KEY_KPEQUAL},
        };
        for (int[] p : pairs) t.put(p[0], p[1]);
        return t;
    }
}
