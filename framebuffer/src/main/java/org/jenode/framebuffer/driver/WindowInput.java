package org.jenode.framebuffer.driver;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;

/**
 * What a host window tells about keys, buttons, the wheel, the pointer, touches and the focus, turned
 * into the driver's Input events, the same way for every window driver whatever its toolkit: keys and
 * buttons are pressed once however long the host repeats them, a focus loss releases what is held (its
 * real release goes to another window), wheel steps take Linux's signs, positions are screen pixels
 * (window pixels / scale). The toolkit's part is only naming its keys (Linux codes) and buttons
 * ({@link Button}). Used on the host's event thread only.
 */
public final class WindowInput {

    /** A mouse button, by what it is for; the toolkit maps its own names onto these. */
    public enum Button {
        LEFT(Keycodes.BTN_LEFT), RIGHT(Keycodes.BTN_RIGHT), MIDDLE(Keycodes.BTN_MIDDLE),
        BACK(Keycodes.BTN_SIDE), FORWARD(Keycodes.BTN_EXTRA);

        final int code;

        Button(int code) { this.code = code; }
    }

    private final Consumer<InputEvent> sink;
    private final IntSupplier scale;
    /** Keys and buttons down, as Linux codes, in the order they went down. */
    private final Set<Integer> held = new LinkedHashSet<>();

    /**
     * @param sink  where the events go (the driver's entrypoint, posted to)
     * @param scale the window's current scale: host pixels per screen pixel
     */
    public WindowInput(Consumer<InputEvent> sink, IntSupplier scale) {
        this.sink = sink;
        this.scale = scale;
    }

    /** A key went down ({@code pressed}) or up; a press of a held key is the host's auto-repeat. */
    public void key(int linuxCode, boolean pressed) { change(linuxCode, pressed); }

    public void button(Button button, boolean pressed) { change(button.code, pressed); }

    /** Text the host's keymap produced; control characters come as keys already. */
    public void character(int codepoint) {
        if (codepoint >= 0x20 && codepoint != 0x7f && Character.isValidCodePoint(codepoint))
            sink.accept(new InputEvent.Character(codepoint));
    }

    /** The pointer is at ({@code x}, {@code y}) window pixels. */
    public void motion(double x, double y) {
        int s = scale.getAsInt();
        sink.accept(new InputEvent.AbsoluteMotion(screen(x, s), screen(y, s)));
    }

    /** Finger {@code id} is at ({@code x}, {@code y}) window pixels: the panel's raw position, before calibration. */
    public void touch(int id, double x, double y) {
        int s = scale.getAsInt();
        sink.accept(new InputEvent.Touch(id, screen(x, s), screen(y, s)));
    }

    public void touchRelease(int id) { sink.accept(new InputEvent.TouchRelease(id)); }

    /**
     * Scroll amounts as JavaFX and GLFW report them (positive {@code left} scrolls left, positive {@code up}
     * scrolls up), as one step per event with Linux's signs ({@code REL_HWHEEL} positive right).
     */
    public void wheel(double left, double up) {
        int dx = (int) -Math.signum(left), dy = (int) Math.signum(up);
        if (dx != 0 || dy != 0) sink.accept(new InputEvent.Wheel(dx, dy));
    }

    /** The window gained or lost the keyboard focus; a loss first releases everything held. */
    public void focus(boolean gained) {
        if (!gained) {
            for (int code : held) sink.accept(new InputEvent.Release(code));
            held.clear();
        }
        sink.accept(new InputEvent.Focus(gained));
    }

    /** The pointer left the window. */
    public void leave() { sink.accept(new InputEvent.Leave()); }

    private void change(int code, boolean pressed) {
        // A client counting held keys (nitpicker's drag lock) must see one press and one release.
        if (pressed ? held.add(code) : held.remove(code))
            sink.accept(pressed ? new InputEvent.Press(code) : new InputEvent.Release(code));
    }

    private static int screen(double windowPixels, int scale) { return (int) Math.floor(windowPixels / scale); }
}
