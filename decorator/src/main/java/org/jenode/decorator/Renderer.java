package org.jenode.decorator;

/**
 * A look for window frames: the motif renderer's built-in one or a theme's. The core asks it for one
 * {@link Decoration} per window and for the margins it reports; it never sees nitpicker.
 */
public interface Renderer {

    /** The frame around the content, shadow excluded: what {@code decorator_margins} reports. */
    Margins frame();

    /**
     * Whether frames are translucent somewhere (a shadow, a faded frame): what lies behind a window is
     * then drawn before its frame is blended over it.
     */
    boolean translucent();

    /** The frame of a new window, already at rest in the state it appears in. */
    Decoration decorate(WindowState state, WindowStyle style);
}
