package org.jenode.base;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A component providing {@link EchoSession} and {@link KeeperSession}; the binary name is chosen by the test. */
final class EchoServer implements Component {

    EchoServer(Env env) {
        env.announce(EchoSession.class, request -> new EchoSession() {
            private final List<Dataspace> held = new ArrayList<>();

            @Override public String label() { return env.name() + ":" + request.label(); }

            @Override public void allocate(int bytes) { held.add(request.quota().allocate(bytes)); }

            @Override public String relay(EchoSession other) { return other.label(); }

            @Override public void close() { held.forEach(Dataspace::free); }
        });
        env.announce(KeeperSession.class, request -> new Keeper());
    }

    /** A keeper: one server object per session, which is also its own sub-session. */
    private static final class Keeper implements KeeperSession {
        private List<String> words = List.of();

        @Override public void remember(List<String> words) { this.words = words; }

        @Override public List<String> remembered() { return words; }

        @Override public KeeperSession twin() { return this; }

        @Override public String relay(EchoSession other) { return other.label(); }

        @Override public int measure(Dataspace dataspace) {
            MEASURED.incrementAndGet();
            return dataspace.size();
        }

        @Override public void close() { }
    }

    /** How many dataspaces keepers of this JVM have measured: a forged one must never get here. */
    static final AtomicInteger MEASURED = new AtomicInteger();

    static Binary binary(String name) { return new Binary(name, EchoServer::new); }
}
