package org.jenode.framebuffer;

import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;

/**
 * A screen (or a virtual one). The mode-change handshake, exactly as Genode's since 14.05:
 * <ol>
 *   <li>the server learns of a new mode and signals {@link #modeSigh};</li>
 *   <li>the client reads {@link #mode()}: the mode it will get from its next {@link #dataspace()};</li>
 *   <li>the client calls {@link #dataspace()}, which acknowledges: only now is the old buffer given up
 *       and the new one, of the new mode, handed out;</li>
 *   <li>the client paints and calls {@link #refresh}.</li>
 * </ol>
 * Until step 3 the old mode and buffer stay in effect and refreshes of them are shown.
 */
@ServiceName(value = "Framebuffer", ramQuota = 8 * 1024)
public interface FramebufferSession extends Session {

    /** The mode that the next {@link #dataspace()} will have. */
    Mode mode();

    /** The pixel buffer of the current mode; calling it acknowledges a pending mode change. */
    Dataspace dataspace();

    /** Makes the pixels of {@code area} visible. */
    void refresh(Rect area);

    /** Signalled when the mode changes (window resized, config changed). */
    void modeSigh(SignalHandler handler);

    /** Signalled at the display's refresh rate while registered; {@link SignalHandler#NONE} stops it. */
    void syncSigh(SignalHandler handler);
}
