package org.jenode.base.testing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;

/**
 * A component that does nothing but hand its {@link Env} to the test, so that the test can open
 * sessions as this component would. Start it from a scenario as {@code <start name="probe">} with the
 * binary returned by {@link #binary()}.
 */
public final class Probe {

    private final String name;
    private final CompletableFuture<Env> env = new CompletableFuture<>();

    public Probe(String name) { this.name = name; }

    public Binary binary() {
        return new Binary(name, e -> {
            env.complete(e);
            return new Component() { };
        });
    }

    /** The probe's env, once init has started it. */
    public Env env() {
        try {
            return env.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("probe '" + name + "' was not started", e);
        }
    }

    /** Runs {@code action} on the probe's entrypoint, as the component's own code would run. */
    public <T> T onEp(Function<Env, T> action) {
        Env e = env();
        return e.ep().call(() -> action.apply(e));
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
