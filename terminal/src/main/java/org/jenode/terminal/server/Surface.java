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
 * Where the terminal draws and whence its input comes: a nitpicker {@link Window}, or, where no GUI
 * session is routed, a plain {@link FramebufferSurface} as Genode's terminal of 14.x and 15.x had
 * (terminal_echo.run starts it straight on fb_sdl).
 */
sealed interface Surface permits Window, FramebufferSurface {

    /** A window if a GUI session is to be had, else the Framebuffer and Input sessions. */
    static Surface open(Env env, Point position) {
        try {
            return new Window(env, position);
        } catch (ServiceDeniedException e) {
            env.log().info("no GUI session ({}); drawing on a Framebuffer session", e.getMessage());
            return new FramebufferSurface(env);
        }
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
