package org.jenode.bench;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.bench.latency.ArrivalSession;
import org.jenode.input.InputEvent;

/**
 * {@code latency_sink}, in the benchmark's own JVM: serves the latency client's {@link ArrivalSession} and
 * hands each arrival to the benchmark as it comes, noting when that was.
 */
final class ArrivalSink implements Component {

    static final String BINARY = "latency_sink";

    /** An event as it reached the client's handler (its two times), and when the benchmark heard of it. */
    record Arrival(InputEvent event, long handlerNanos, long drainedNanos, long noticedNanos) { }

    /** Where the arrivals go; called on the sink's entrypoint. */
    interface Arrivals {
        void arrived(Arrival arrival);
    }

    ArrivalSink(Env env, Arrivals arrivals) {
        env.announce(ArrivalSession.class, _ -> new ArrivalSession() {
            @Override public void arrived(InputEvent event, long handlerNanos, long drainedNanos) {
                arrivals.arrived(new Arrival(event, handlerNanos, drainedNanos, System.nanoTime()));
            }

            @Override public void close() { }
        });
    }
}
