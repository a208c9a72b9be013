package org.jenode.base.parent;

import java.util.Optional;
import org.jenode.base.Binary;

/**
 * The capability to start children, handed to a component whose binary is declared with
 * {@link Binary#parent}. Call it on the parent's entrypoint.
 */
public interface Children {

    /** The program named {@code name} as this parent's own parent offers it, or empty if there is none. */
    Optional<Binary> binary(String name);

    /**
     * Starts a child: its component is constructed on an entrypoint of its own. From then on its
     * session requests, announcements and its end reach {@code policy}, on this parent's entrypoint.
     */
    ChildHandle start(ChildSpec spec, ChildPolicy policy);
}
