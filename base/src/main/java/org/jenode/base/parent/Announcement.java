package org.jenode.base.parent;

/**
 * A service a child announced: the token a parent routes requests to with {@link Route.ToService}.
 * Only the runtime issues them; one the parent made up is refused.
 */
public interface Announcement {

    /** The service name, e.g. {@code Nitpicker}. */
    String service();

    /** The label of the component that announced it. */
    String server();
}
