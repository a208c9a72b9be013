package org.jenode.bench;

import java.util.concurrent.Exchanger;

/** A hand-off through one {@link Exchanger}: the request goes over in one exchange, the answer in the next. */
final class ExchangerHandOff implements HandOff {

    private final Exchanger<Long> exchanger = new Exchanger<>();
    private final Thread server = Thread.ofPlatform().name("handoff server").daemon().start(this::serve);

    @Override public long roundTrip(long value) throws InterruptedException {
        exchanger.exchange(value);
        return exchanger.exchange(0L);
    }

    private void serve() {
        try {
            while (true) exchanger.exchange(exchanger.exchange(0L) + 1);
        } catch (InterruptedException _) {
            // closed
        }
    }

    @Override public void close() { server.interrupt(); }
}
