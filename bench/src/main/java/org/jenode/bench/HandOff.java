package org.jenode.bench;

/**
 * A round trip between the calling thread and a server thread: the value goes over, the server answers
 * it plus one, the caller waits for that. The baselines of {@code bench runtime}, each built the fastest
 * way its mechanism allows, that a session call is measured against.
 */
interface HandOff extends AutoCloseable {

    long roundTrip(long value) throws InterruptedException;

    /** Ends the server thread. */
    @Override void close();
}
