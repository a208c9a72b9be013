package org.jenode.bench.sandbox;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;

/**
 * {@code call_probe}: times {@link PingSession#echo} calls, then pings, each ping's time running from the
 * call until the signal it causes reaches this component's handler, and reports both as
 * {@code <ping><call .../><signal .../></ping>} (nanoseconds). The calls run in batches, each batch a
 * signal of its own, so that the entrypoint never looks stalled.
 */
final class CallProbe implements Component {

    static final int WARMUP = 3000, CALLS = 20_000, SIGNALS = 5000, BATCH = 500;

    private final PingSession ping;
    private final Reporter reporter;
    private final SignalHandler nextBatch;
    private final Samples calls = new Samples(CALLS), signals = new Samples(SIGNALS);
    private int warmup = WARMUP, signalWarmup = WARMUP / 10;
    private long sent;

    CallProbe(Env env) {
        this.ping = env.session(PingSession.class, "ping");
        this.reporter = new Reporter(env, "ping");
        this.nextBatch = env.ep().handler(this::batch);
        ping.sigh(env.ep().handler(this::pinged));
        nextBatch.submit();
    }

    private void batch() {
        for (int i = 0; i < BATCH && !calls.full(); i++) {
            long t0 = System.nanoTime();
            ping.echo(t0);
            long t = System.nanoTime() - t0;
            if (warmup > 0) warmup--;
            else calls.add(t);
        }
        if (!calls.full()) {
            nextBatch.submit();
        } else {
            sent = System.nanoTime();
            ping.ping();
        }
    }

    private void pinged() {
        long now = System.nanoTime();
        if (signalWarmup > 0) signalWarmup--;
        else signals.add(now - sent);
        if (signals.full()) {
            reporter.report(XmlNode.builder("ping").child(calls.node("call")).child(signals.node("signal")).build());
            return;
        }
        sent = System.nanoTime();
        ping.ping();
    }
}
