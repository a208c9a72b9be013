package org.jenode.terminal.server;

import java.nio.IntBuffer;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputSession;

/**
 * Where the terminal draws and whence its input comes: a plain {@link FramebufferSurface} where
 * Framebuffer and Input are routed, as Genode's terminal of 14.x and 15.x had them (terminal_echo.run
 * starts it straight on fb_sdl, terminal_log.run inside a nit_fb), else a nitpicker {@link Window}.
 */
sealed interface Surface permits Window, FramebufferSurface {

    /** Framebuffer and Input if both are routed and {@code gui} does not ask for a window, else a window. */
    static Surface open(Env env, Point position, boolean gui) {
        if (!gui) {
            try {
                FramebufferSurface surface = new FramebufferSurface(env);
                env.log().info("drawing on a Framebuffer session, as Genode's terminal of 15.08 did (gui=\"yes\" asks for a window)");
                return surface;
            } catch (ServiceDeniedException e) {
                env.log().debug("no Framebuffer and Input ({}); a nitpicker window", e.getMessage());
            }
        }
        return new Window(env, position);
    }

    /** The size the terminal should have: the screen, or what a window manager asks for. */
    Mode wanted();

    Mode mode();

    /** The pixels of the current buffer; a fresh view after every {@link #resize}. */
    IntBuffer pixels();

    InputSession input();

    void modeSigh(SignalHandler handler);

    void syncSigh(SignalHandler handler);

    /** A new buffer of {@code m} (its old content is gone). */
    void resize(Mode m);

    /** Where the top-left corner is, in the coordinates pointer motion arrives in. */
    Point position();

    void title(String title);

    void refresh(Rect area);
}
