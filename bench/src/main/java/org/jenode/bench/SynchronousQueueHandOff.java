package org.jenode.bench;

import java.util.concurrent.SynchronousQueue;

/** A hand-off through two {@link SynchronousQueue}s, one each way: the JDK's rendezvous queue. */
final class SynchronousQueueHandOff implements HandOff {

    private final SynchronousQueue<Long> requests = new SynchronousQueue<>(), replies = new SynchronousQueue<>();
    private final Thread server = Thread.ofPlatform().name("handoff server").daemon().start(this::serve);

    @Override public long roundTrip(long value) throws InterruptedException {
        requests.put(value);
        return replies.take();
    }

    private void serve() {
        try {
            while (true) replies.put(requests.take() + 1);
        } catch (InterruptedException _) {
            // closed
        }
    }

    @Override public void close() { server.interrupt(); }
}
