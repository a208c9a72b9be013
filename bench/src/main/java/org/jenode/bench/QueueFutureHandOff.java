package org.jenode.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The hand-off an entrypoint made before it used a brief spin: a {@link LinkedBlockingQueue} of calls,
 * each answered through a {@link CompletableFuture}. Kept as the "before" figure in the same run.
 */
final class QueueFutureHandOff implements HandOff {

    private record Call(long value, CompletableFuture<Long> reply) { }

    private final LinkedBlockingQueue<Call> queue = new LinkedBlockingQueue<>();
    private final Thread server = Thread.ofPlatform().name("handoff server").daemon().start(this::serve);

    @Override public long roundTrip(long value) throws InterruptedException {
        Call call = new Call(value, new CompletableFuture<>());
        queue.add(call);
        try {
            return call.reply().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void serve() {
        try {
            while (true) {
                Call c = queue.take();
                c.reply().complete(c.value() + 1);
            }
        } catch (InterruptedException _) {
            // closed
        }
    }

    @Override public void close() { server.interrupt(); }
}
