package org.jenode.base.parent;

/**
 * What a parent decides for one child. Every method runs on the parent's entrypoint.
 */
public interface ChildPolicy {

    /**
     * Where the child's session request goes. Throw {@link org.jenode.base.ServiceDeniedException} to
     * deny it; return {@link Route.Pending} to decide later (the child waits, the parent does not).
     */
    Route route(RouteRequest request);

    /** The child announced a service; {@link Route.ToService} with this announcement routes to it. */
    void announced(Announcement announcement);

    /** The child ended itself or faulted; it is still there until the parent kills it. */
    void ended(Ending ending);
}
