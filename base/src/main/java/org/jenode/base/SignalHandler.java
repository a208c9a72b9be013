package org.jenode.base;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The capability to signal a component (Genode's signal context capability). Anyone holding it may
 * {@link #submit()} from any thread; the handler runs later on the receiver's entrypoint. Signals carry
 * no data and coalesce: several submits before the handler runs deliver once, with their count. The
 * receiver re-reads whatever state the signal is about.
 */
public final class SignalHandler implements Capability {

    /** No handler: what a client passes to stop hearing of something (Genode's invalid capability). */
    public static final SignalHandler NONE = new SignalHandler(null, count -> { });

    private final Entrypoint ep;
    private final IntConsumer handler;
    private final AtomicInteger pending = new AtomicInteger();

    SignalHandler(Entrypoint ep, IntConsumer handler) {
        this.ep = ep;
        this.handler = handler;
    }

    /** False for {@link #NONE}: a server that only does work while somebody listens asks this. */
    public boolean valid() { return ep != null; }

    public void submit() {
        if (ep != null && pending.getAndIncrement() == 0) ep.post(this::deliver);
    }

    private void deliver() {
        int count = pending.getAndSet(0);
        if (count > 0) handler.accept(count);
    }

    @Override public String toString() { return "SignalHandler[" + (ep == null ? "none" : ep.name()) + "]"; }
}
