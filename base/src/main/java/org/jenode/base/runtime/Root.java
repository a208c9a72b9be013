package org.jenode.base.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jenode.base.Binary;
import org.jenode.base.Entrypoint;
import org.jenode.base.Service;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.Session;
import org.jenode.base.SessionRequest;
import org.jenode.base.WaitGraph;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.Children;

/**
 * The top of a component tree (what {@code core} is made of): an entrypoint on which its own services
 * run, the binaries every parent below finds its programs in, and the root's children (the root init).
 * Closing it ends the whole tree.
 */
public final class Root implements AutoCloseable {

    private static final Duration CLOSE_BOUND = Duration.ofSeconds(30);

    private final ComponentEnv env;

    public Root(String name, Function<String, Optional<Binary>> binaries) {
        this.env = ComponentEnv.root(name, new Top(binaries), new WaitGraph());
    }

    /** The root's entrypoint, where its own services and its children's policies run. */
    public Entrypoint ep() { return env.ep(); }

    /** The capability to start the root's children. */
    public Children children() { return env.children(); }

    /** One of the root's own services, for a policy to route to. */
    public <S extends Session> Announcement offer(Class<S> type, Service<S> service) {
        return new Announced<>(type, service, env);
    }

    /** Ends every component of the tree, each with its grace, and waits (bounded) until that is done. */
    @Override public void close() { close(CLOSE_BOUND); }

    /** {@link #close()}, waiting up to {@code bound}: longer where a child's grace is (a recording JVM). */
    public void close(Duration bound) {
        try {
            env.kill("shutdown").get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            env.log().warn("components still ending after {} ms", bound.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The root has no parent; it only knows the binaries. */
    private record Top(Function<String, Optional<Binary>> binaries) implements ParentPort {

        @Override public <S extends Session> S session(SessionRequest<S> request) {
            throw new ServiceDeniedException("the root has no parent to ask for " + request.service());
        }

        @Override public Optional<Binary> binary(String name) { return binaries.apply(name); }

        @Override public void exit(int code) { }

        @Override public <S extends Session> void announce(Class<S> type, Service<S> service, ComponentEnv server) { }
    }
}
