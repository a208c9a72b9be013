package org.jenode.input.jinput;

import java.util.Map;
import net.java.games.input.Component.Identifier;
import org.jenode.input.Keycodes;

/** Which Linux button code a JInput button identifier stands for (the gamepad layout of input-event-codes.h). */
final class ButtonMap {

    private static final Map<Identifier, Integer> CODES = Map.ofEntries(
            Map.entry(Identifier.Button.A, Keycodes.BTN_SOUTH),
            Map.entry(Identifier.Button.B, Keycodes.BTN_EAST),
            Map.entry(Identifier.Button.C, Keycodes.BTN_C),
            Map.entry(Identifier.Button.X, Keycodes.BTN_NORTH),
            Map.entry(Identifier.Button.Y, Keycodes.BTN_WEST),
            Map.entry(Identifier.Button.Z, Keycodes.BTN_Z),
            Map.entry(Identifier.Button.LEFT_THUMB, Keycodes.BTN_TL),
            Map.entry(Identifier.Button.RIGHT_THUMB, Keycodes.BTN_TR),
            Map.entry(Identifier.Button.LEFT_THUMB2, Keycodes.BTN_TL2),
            Map.entry(Identifier.Button.RIGHT_THUMB2, Keycodes.BTN_TR2),
            Map.entry(Identifier.Button.SELECT, Keycodes.BTN_SELECT),
            Map.entry(Identifier.Button.START, Keycodes.BTN_START),
            Map.entry(Identifier.Button.MODE, Keycodes.BTN_MODE),
            Map.entry(Identifier.Button.LEFT_THUMB3, Keycodes.BTN_THUMBL),
            Map.entry(Identifier.Button.RIGHT_THUMB3, Keycodes.BTN_THUMBR),
            Map.entry(Identifier.Button.TRIGGER, Keycodes.BTN_TRIGGER),
            Map.entry(Identifier.Button.THUMB, Keycodes.BTN_THUMB),
            Map.entry(Identifier.Button.THUMB2, Keycodes.BTN_THUMB2),
            Map.entry(Identifier.Button.TOP, Keycodes.BTN_TOP),
            Map.entry(Identifier.Button.TOP2, Keycodes.BTN_TOP2),
            Map.entry(Identifier.Button.PINKIE, Keycodes.BTN_PINKIE),
            Map.entry(Identifier.Button.BASE, Keycodes.BTN_BASE),
            Map.entry(Identifier.Button.BASE2, Keycodes.BTN_BASE2),
            Map.entry(Identifier.Button.BASE3, Keycodes.BTN_BASE3),
            Map.entry(Identifier.Button.BASE4, Keycodes.BTN_BASE4),
            Map.entry(Identifier.Button.BASE5, Keycodes.BTN_BASE5),
            Map.entry(Identifier.Button.BASE6, Keycodes.BTN_BASE6),
            Map.entry(Identifier.Button.LEFT, Keycodes.BTN_LEFT),
            Map.entry(Identifier.Button.RIGHT, Keycodes.BTN_RIGHT),
            Map.entry(Identifier.Button.MIDDLE, Keycodes.BTN_MIDDLE));

    private ButtonMap() { }

    /**
     * The code for {@code id}; numbered buttons ({@code _0}, {@code _1}, ...) of generic joysticks count up
     * from {@code BTN_JOYSTICK}, as the Linux joystick driver numbers them. {@code KEY_UNKNOWN} otherwise.
     */
    static int code(Identifier id) {
        Integer code = CODES.get(id);
        if (code != null) return code;
        String name = id.getName();
        if (id instanceof Identifier.Button && name.matches("\\d+")) {
            int n = Integer.parseInt(name);
            if (n < 16) return Keycodes.BTN_JOYSTICK + n;
        }
        return Keycodes.KEY_UNKNOWN;
    }
}
