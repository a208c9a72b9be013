package org.jenode.base;

import java.util.ArrayList;
import java.util.List;

/** Serves {@link BellSession}: the handlers of all its sessions are rung together, by whichever session asks. */
final class Bell implements Component {

    private final List<SignalHandler> handlers = new ArrayList<>();

    Bell(Env env) {
        env.announce(BellSession.class, request -> new BellSession() {
            @Override public void sigh(SignalHandler handler) { handlers.add(handler); }

            @Override public long ring(int times) {
                long longest = 0;
                for (int i = 0; i < times; i++) {
                    for (SignalHandler h : handlers) {
                        long start = System.nanoTime();
                        h.submit();
                        longest = Math.max(longest, System.nanoTime() - start);
                    }
                }
                return longest;
            }

            @Override public void close() { }
        });
    }
}
