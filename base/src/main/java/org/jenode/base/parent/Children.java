package org.jenode.base.parent;

import java.util.Optional;
import org.jenode.base.Binary;
import org.jenode.base.Service;
import org.jenode.base.Session;

/**
 * The capability to start children, handed to a component whose binary is declared with
 * {@link Binary#parent}. Call it on the parent's entrypoint.
 */
public interface Children {

    /** The program named {@code name} as this parent's own parent offers it, or empty if there is none. */
    Optional<Binary> binary(String name);

    /**
     * Starts a child: its component is constructed on an entrypoint of its own, in this JVM or, for
     * {@link Isolation#PROCESS}, in a process of its own (the same component class, the same policy
     * calls). From then on its session requests, announcements and its end reach {@code policy}, on this
     * parent's entrypoint. Returns at once; a process child that cannot be started ends as a fault.
     *
     * @throws org.jenode.base.ServiceDeniedException if the platform cannot run the child as asked
     */
    ChildHandle start(ChildSpec spec, ChildPolicy policy);

    /**
     * A service this parent serves to its children itself (Genode's local services: the loader's ROM
     * modules and virtual GUI session, a launcher's dialog ROM): an announcement to route a child's
     * request to with {@link Route.ToService}. Its sessions are created on this parent's entrypoint,
     * paid from the requesting child's donation, and end when the child or this parent ends.
     */
    <S extends Session> Announcement offer(Class<S> type, Service<S> service);
}
