package org.jenode.base.rom;

import java.util.Optional;
import org.jenode.base.Dataspace;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;
import org.jenode.base.SignalHandler;

/** A read-only module selected by the last element of the session label. */
@ServiceName(value = "ROM", ramQuota = 4 * 1024)
public interface RomSession extends Session {

    /** The current content, or empty while the module has none. Each call may return a new dataspace. */
    Optional<Dataspace> dataspace();

    /**
     * True if the dataspace last returned still holds the current content; false if the client must
     * call {@link #dataspace()} to see the change.
     */
    boolean update();

    /** Registers the handler signalled whenever the content changes (replaces a previous one). */
    void sigh(SignalHandler handler);
}
