package org.jenode.nitpicker;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputSession;

/**
 * A GUI session (Genode 14.11's Nitpicker session). The client declares a {@link #buffer} (paid from
 * its donation), gets it through {@link #framebuffer()}, creates views onto it and positions them with
 * commands. Input that nitpicker routes to the client arrives through {@link #input()}.
 */
@ServiceName(value = "Nitpicker", ramQuota = 36 * 1024)
public interface NitpickerSession extends Session {

    /** The client's buffer as a framebuffer; its {@code dataspace()} (re)allocates after {@link #buffer}. */
    FramebufferSession framebuffer();

    InputSession input();

    /** A new view, nested in {@code parent} (or top-level with {@link ViewHandle#NONE}); not shown until stacked. */
    ViewHandle createView(ViewHandle parent);

    /** Removes a view; its children are detached, not destroyed. */
    void destroyView(ViewHandle view);

    /**
     * Imports a view of any session by its capability, under the {@code designated} handle if valid (a
     * handle in use is re-bound: the view it named lives on, unnamed). Its position is read in this
     * session's domain once this session sets its geometry.
     */
    ViewHandle viewHandle(ViewCapability view, ViewHandle designated);

    ViewCapability viewCapability(ViewHandle view);

    /** Forgets a handle without destroying the view. */
    void releaseViewHandle(ViewHandle view);

    /** The shared command buffer, laid out as {@link CommandCodec} says. */
    Dataspace commandDataspace();

    /** Applies the queued commands in order; commands naming unknown views are skipped. */
    void execute();

    /** The screen as this session's domain sees it. */
    Mode mode();

    /** Signalled when the screen mode changes. */
    void modeSigh(SignalHandler handler);

    /**
     * Declares the client's buffer: {@code mode} pixels, plus an alpha channel and an input mask if
     * {@code alpha}. Fails with a quota error if the donation cannot pay {@link #ramQuota}.
     */
    void buffer(Mode mode, boolean alpha);

    /** Gives the keyboard focus to {@code session}, if nobody has it or the focused session is this one or below it. */
    void focus(NitpickerSession session);

    /**
     * Hides, shows or raises the sessions labelled this session's label (empty {@code selector}) or
     * {@code "<this label> -> <selector>"}, or below it, matched element by element.
     */
    void sessionControl(String selector, SessionControl control);

    /**
     * What a buffer costs: ARGB pixels, plus one input-mask byte per pixel with alpha. A mode too large
     * for any account costs {@link Long#MAX_VALUE}, never a price that overflowed into a small one.
     */
    static long ramQuota(Mode mode, boolean alpha) {
        try {
            return Math.multiplyExact(Math.multiplyExact((long) mode.width(), mode.height()), Mode.BYTES_PER_PIXEL + (alpha ? 1 : 0));
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
