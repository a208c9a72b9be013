package org.jenode.scenarios.e2e;

import static org.lwjgl.system.MemoryUtil.memAddress;
import static org.lwjgl.system.MemoryUtil.memPutLong;

import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.linux.X11;
import org.lwjgl.system.linux.XClientMessageEvent;
import org.lwjgl.system.linux.XEvent;

/**
 * What a window manager sends when the user clicks a window's close button: the client message
 * {@code WM_PROTOCOLS / WM_DELETE_WINDOW} (ICCCM 4.2.8.1). Xvfb has no window manager, and xdotool's
 * {@code windowclose} destroys the window under its owner's feet instead of asking. JavaFX on GTK never
 * hears of that (its glass layer drops the GDK_DESTROY of a window GDK already counts as destroyed), so a
 * test of "the user closes the window" asks the way a user's window manager does. Uses LWJGL's Xlib
 * binding, which fb_gl brings along.
 */
final class CloseRequest {

    private CloseRequest() { }

    static void send(String display, long window) {
        long dpy = X11.XOpenDisplay(display);
        if (dpy == 0) throw new IllegalStateException("cannot open X display " + display);
        try (MemoryStack stack = MemoryStack.stackPush()) {
            long protocols = atom(dpy, "WM_PROTOCOLS", stack);
            long delete = atom(dpy, "WM_DELETE_WINDOW", stack);
            XEvent event = XEvent.calloc(stack);
            XClientMessageEvent message = event.xclient().type(X11.ClientMessage).window(window).message_type(protocols).format(32);
            // data.l[0] by hand: LWJGL 3.3.6 lays Xlib's data union out as a struct (data_l at offset 96, not
            // 56), so its data_l(0, ..) lands past the event Xlib sends and GDK would read atom 0.
            memPutLong(message.address() + XClientMessageEvent.DATA_B, delete);
            memPutLong(message.address() + XClientMessageEvent.DATA_B + Long.BYTES, 0); // CurrentTime
            if (X11.XSendEvent(dpy, window, false, X11.NoEventMask, event) == 0)
                throw new IllegalStateException("XSendEvent of WM_DELETE_WINDOW to window " + window + " failed");
        } finally {
            X11.XCloseDisplay(dpy); // flushes the request
        }
    }

    /** XInternAtom, which the binding leaves out: {@code Atom XInternAtom(Display*, char*, Bool only_if_exists)}. */
    private static long atom(long dpy, String name, MemoryStack stack) {
        long function = X11.getLibrary().getFunctionAddress("XInternAtom");
        long atom = JNI.invokePPP(dpy, memAddress(stack.ASCII(name)), 0, function);
        if (atom == 0) throw new IllegalStateException("no X atom " + name);
        return atom;
    }
}
