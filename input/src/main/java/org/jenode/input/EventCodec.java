package org.jenode.input;

import java.nio.IntBuffer;
import org.jenode.input.InputEvent.AbsoluteMotion;
import org.jenode.input.InputEvent.Character;
import org.jenode.input.InputEvent.Focus;
import org.jenode.input.InputEvent.Leave;
import org.jenode.input.InputEvent.Press;
import org.jenode.input.InputEvent.RelativeMotion;
import org.jenode.input.InputEvent.Release;
import org.jenode.input.InputEvent.Touch;
import org.jenode.input.InputEvent.TouchRelease;
import org.jenode.input.InputEvent.Wheel;

/**
 * The layout of events in an event dataspace: six ints each, as Genode's {@code Input::Event}
 * ({@code type, code, ax, ay, rx, ry}); a touch carries its raw panel position in {@code rx, ry}, which
 * Genode's touch events leave unused. The type numbers are part of the layout, so they are spelt out
 * rather than taken from declaration order.
 */
public final class EventCodec {

    public static final int INTS_PER_EVENT = 6;
    public static final int BYTES_PER_EVENT = INTS_PER_EVENT * Integer.BYTES;

    private static final int PRESS = 0, RELEASE = 1, ABSOLUTE_MOTION = 2, RELATIVE_MOTION = 3, WHEEL = 4,
            TOUCH = 5, TOUCH_RELEASE = 6, FOCUS = 7, LEAVE = 8, CHARACTER = 9;

    private EventCodec() { }

    public static void write(IntBuffer to, int slot, InputEvent e) {
        int at = slot * INTS_PER_EVENT;
        switch (e) {
            case Press(int code) -> put(to, at, PRESS, code, 0, 0, 0, 0);
            case Release(int code) -> put(to, at, RELEASE, code, 0, 0, 0, 0);
            case AbsoluteMotion(int x, int y) -> put(to, at, ABSOLUTE_MOTION, 0, x, y, 0, 0);
            case RelativeMotion(int dx, int dy) -> put(to, at, RELATIVE_MOTION, 0, 0, 0, dx, dy);
            case Wheel(int dx, int dy) -> put(to, at, WHEEL, 0, 0, 0, dx, dy);
            case Touch(int id, int x, int y, int rawX, int rawY) -> put(to, at, TOUCH, id, x, y, rawX, rawY);
            case TouchRelease(int id) -> put(to, at, TOUCH_RELEASE, id, 0, 0, 0, 0);
            case Focus(boolean gained) -> put(to, at, FOCUS, gained ? 1 : 0, 0, 0, 0, 0);
            case Leave() -> put(to, at, LEAVE, 0, 0, 0, 0, 0);
            case Character(int codepoint) -> put(to, at, CHARACTER, codepoint, 0, 0, 0, 0);
        }
    }

    private static void put(IntBuffer to, int at, int type, int code, int ax, int ay, int rx, int ry) {
        to.put(at, type).put(at + 1, code).put(at + 2, ax).put(at + 3, ay).put(at + 4, rx).put(at + 5, ry);
    }

    public static InputEvent read(IntBuffer from, int slot) {
        int at = slot * INTS_PER_EVENT;
        int type = from.get(at);
        int code = from.get(at + 1), ax = from.get(at + 2), ay = from.get(at + 3), rx = from.get(at + 4), ry = from.get(at + 5);
        return switch (type) {
            case PRESS -> new Press(code);
            case RELEASE -> new Release(code);
            case ABSOLUTE_MOTION -> new AbsoluteMotion(ax, ay);
            case RELATIVE_MOTION -> new RelativeMotion(rx, ry);
            case WHEEL -> new Wheel(rx, ry);
            case TOUCH -> new Touch(code, ax, ay, rx, ry);
            case TOUCH_RELEASE -> new TouchRelease(code);
            case FOCUS -> new Focus(code != 0);
            case LEAVE -> new Leave();
            case CHARACTER -> new Character(code);
            default -> throw new IllegalArgumentException("invalid event type " + type);
        };
    }
}
