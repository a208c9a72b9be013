package org.jenode.apps.common;

import java.util.function.Consumer;
import org.jenode.base.Env;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.NitpickerSession;

/**
 * What the mode of a client's nitpicker session asks of its window. Under nitpicker itself the mode is
 * the screen, and a client of a fixed size keeps its size when the screen changes. Under a window
 * manager it is the window: Genode's wm answers {@code mode()} with the size the layouter asks for,
 * else with the size of the client's first top-level view, and signals the mode when the layouter asks
 * for another size; 0x0 asks the client to close its window (Genode 15.11). The client learns which of
 * the two it runs under by asking once, right after its first view got its size: the mode is then that
 * size only under a wm. (A layouter rule asking a new window at once for another size could overtake
 * that question; such a window keeps its size.)
 *
 * <p>Only a window registers a mode handler, which is what makes the wm list it as {@code resizeable}.
 */
public final class WindowMode {

    /** What the window manager asks of the window. */
    public sealed interface Request {
        /** Re-buffer and redraw at {@code size}, then give the view that size (or the nearest the client can show). */
        record Resize(Mode size) implements Request { }

        /** Close the window: destroy its views or end the component, as the client sees fit. */
        record Close() implements Request { }
    }

    private final NitpickerSession gui;
    private final boolean window;
    private Mode size;

    /**
     * Watches {@code gui}, whose first top-level view has just been given {@code size} (its geometry
     * executed). Requests reach {@code requests} on the component's entrypoint.
     */
    public WindowMode(Env env, NitpickerSession gui, Mode size, Consumer<Request> requests) {
        this.gui = gui;
        this.size = size;
        this.window = gui.mode().equals(size);
        if (window) gui.modeSigh(env.ep().handler(() -> changed(requests)));
    }

    /** True under a window manager: the mode is the window's size. */
    public boolean window() { return window; }

    /** The client now shows {@code shown}, the size it answered a resize with. */
    public void shown(Mode shown) { size = shown; }

    private void changed(Consumer<Request> requests) {
        Mode m = gui.mode();
        if (m.area().empty()) requests.accept(new Request.Close());
        else if (!m.equals(size)) requests.accept(new Request.Resize(m));
    }
}
