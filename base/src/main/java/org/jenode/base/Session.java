package org.jenode.base;

/**
 * A session: the client's capability to use a service. Every session interface extends this one and is
 * annotated with its {@link ServiceName}. The object a client holds forwards each call to the server's
 * entrypoint and waits for the answer; closing it ends the session and returns the client's donation.
 */
public interface Session extends AutoCloseable {

    @Override void close();
}
