package org.jenode.base;

/**
 * A running component. Its constructor takes an {@link Env} and nothing else, runs on the component's
 * entrypoint, opens the sessions it needs and announces the services it provides.
 */
public interface Component {

    /** Releases host resources (windows, devices) when the component is stopped; runs on its entrypoint. */
    default void close() { }
}
