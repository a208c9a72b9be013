package org.jenode.input;

import java.nio.IntBuffer;

/**
 * The layout of events in an event dataspace: six ints each, as Genode's {@code Input::Event}
 * ({@code type, code, ax, ay, rx, ry}).
 */
public final class EventCodec {

    public static final int INTS_PER_EVENT = 6;
    public static final int BYTES_PER_EVENT = INTS_PER_EVENT * Integer.BYTES;

    private EventCodec() { }

    public static void write(IntBuffer to, int slot, InputEvent e) {
        int at = slot * INTS_PER_EVENT;
        int type = e.kind().ordinal();
        int code = 0, ax = 0, ay = 0, rx = 0, ry = 0;
        switch (e.kind()) {
            case PRESS -> code = ((InputEvent.Press) e).code();
            case RELEASE -> code = ((InputEvent.Release) e).code();
            case ABSOLUTE_MOTION -> {
                ax = ((InputEvent.AbsoluteMotion) e).x();
                ay = ((InputEvent.AbsoluteMotion) e).y();
            }
            case RELATIVE_MOTION -> {
                rx = ((InputEvent.RelativeMotion) e).dx();
                ry = ((InputEvent.RelativeMotion) e).dy();
            }
            case WHEEL -> {
                rx = ((InputEvent.Wheel) e).dx();
                ry = ((InputEvent.Wheel) e).dy();
            }
            case TOUCH -> {
                InputEvent.Touch t = (InputEvent.Touch) e;
                code = t.id();
                ax = t.x();
                ay = t.y();
            }
            case TOUCH_RELEASE -> code = ((InputEvent.TouchRelease) e).id();
            case FOCUS -> code = ((InputEvent.Focus) e).gained() ? 1 : 0;
            case LEAVE -> { }
            case CHARACTER -> code = ((InputEvent.Character) e).codepoint();
        }
        to.put(at, type).put(at + 1, code).put(at + 2, ax).put(at + 3, ay).put(at + 4, rx).put(at + 5, ry);
    }

    public static InputEvent read(IntBuffer from, int slot) {
        int at = slot * INTS_PER_EVENT;
        InputEvent.Kind[] kinds = InputEvent.Kind.values();
        int type = from.get(at);
        if (type < 0 || type >= kinds.length) throw new IllegalArgumentException("invalid event type " + type);
        int code = from.get(at + 1), ax = from.get(at + 2), ay = from.get(at + 3), rx = from.get(at + 4), ry = from.get(at + 5);
        return switch (kinds[type]) {
            case PRESS -> new InputEvent.Press(code);
            case RELEASE -> new InputEvent.Release(code);
            case ABSOLUTE_MOTION -> new InputEvent.AbsoluteMotion(ax, ay);
            case RELATIVE_MOTION -> new InputEvent.RelativeMotion(rx, ry);
            case WHEEL -> new InputEvent.Wheel(rx, ry);
            case TOUCH -> new InputEvent.Touch(code, ax, ay);
            case TOUCH_RELEASE -> new InputEvent.TouchRelease(code);
            case FOCUS -> new InputEvent.Focus(code != 0);
            case LEAVE -> new InputEvent.Leave();
            case CHARACTER -> new InputEvent.Character(code);
        };
    }
}
