package org.jenode.bench.sandbox;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;

/** {@code ping_server}: serves {@link PingSession}s, answering on its entrypoint. */
final class PingServer implements Component {

    PingServer(Env env) {
        env.announce(PingSession.class, _ -> new PingSession() {
            private SignalHandler handler = SignalHandler.NONE;

            @Override public long echo(long value) { return value; }

            @Override public void sigh(SignalHandler h) { handler = h; }

            @Override public void ping() { handler.submit(); }

            @Override public void close() { handler = SignalHandler.NONE; }
        });
    }
}
