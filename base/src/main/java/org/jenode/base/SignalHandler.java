package org.jenode.base;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jenode.base.crossing.SignalRelay;

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
    /** For the stand-in of a handler in another process: how a submit leaves at once; null for a handler here. */
    private final SignalRelay relay;

    SignalHandler(Entrypoint ep, IntConsumer handler) { this(ep, handler, null); }

    private SignalHandler(Entrypoint ep, IntConsumer handler, SignalRelay relay) {
        this.ep = ep;
        this.handler = handler;
        this.relay = relay;
    }

    /**
     * The runtime's stand-in for a handler of a component in another process, owned by {@code ep}: a submit
     * leaves through {@code relay} on the submitting thread if that needs no waiting, and from {@code ep}
     * otherwise, so that a server's thread never waits for a peer, yet the signal skips the hop through
     * {@code ep} whenever the socket is free. Only the runtime can call this ({@link SignalRelay}'s
     * package is not exported), so no component can make a handler that runs its code on a server's thread.
     */
    @SuppressWarnings("exports") // on purpose: a component cannot reach the parameter's type, so it cannot call this
    public static SignalHandler relayed(Entrypoint ep, SignalRelay relay) {
        return new SignalHandler(Objects.requireNonNull(ep), relay::later, Objects.requireNonNull(relay));
    }

    /** False for {@link #NONE}: a server that only does work while somebody listens asks this. */
    public boolean valid() { return ep != null; }

    public void submit() {
        if (ep == null || pending.getAndIncrement() != 0) return; // a delivery on its way takes this submit too
        if (relay != null) {
            int count = pending.getAndSet(0);
            if (count == 0 || relay.now(count)) return;
            // it could not leave at once: the entrypoint sends it, with whatever was submitted meanwhile
            // (posted even if a later submit took charge, which may have taken its count before this one's)
            pending.addAndGet(count);
        }
        ep.post(this::deliver);
    }

    private void deliver() {
        int count = pending.getAndSet(0);
        if (count > 0) handler.accept(count);
    }

    @Override public String toString() { return "SignalHandler[" + (ep == null ? "none" : ep.name()) + "]"; }
}
