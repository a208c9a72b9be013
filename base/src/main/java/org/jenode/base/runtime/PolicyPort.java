package org.jenode.base.runtime;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenode.base.Binary;
import org.jenode.base.Labels;
import org.jenode.base.Service;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.ServiceException;
import org.jenode.base.Session;
import org.jenode.base.SessionClosedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.Ending;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;

/**
 * A child's way to its parent, wherever the child runs: whatever it asks is decided by the parent's
 * {@link ChildPolicy} on the parent's entrypoint; the session is then created on the server's
 * entrypoint by the asking thread (the child's own, or the one that serves its socket), so a server whose
 * {@code create} opens sessions of its own cannot hold up the parent.
 */
final class PolicyPort implements ParentPort {

    /**
     * How long a child waits for a {@link Route.Pending} decision before it is told so in the log, and how
     * long before its request is denied. Genode's client waits for as long as the server takes; a
     * server that never announces what it declared would hang its clients, hence a limit, and a generous
     * one: on a machine loaded to 40 on 2 cores fb_fx took 28 s to open its window and announce.
     */
    static final long DECISION_WARNING_MS = 10_000, DECISION_TIMEOUT_MS = 120_000;

    private final ComponentEnv parent;
    private final ChildPolicy policy;
    private final RomModule config;
    private final String childName;
    private final String childLabel;

    PolicyPort(ComponentEnv parent, ChildPolicy policy, RomModule config, String childName) {
        this.parent = parent;
        this.policy = policy;
        this.config = config;
        this.childName = childName;
        this.childLabel = parent.childLabel(childName);
    }

    /** Tells the policy, on the parent's entrypoint, that the child faulted. */
    void faulted(Throwable fault) { parent.ep().post(() -> policy.ended(new Ending.Faulted(fault))); }

    @Override public <S extends Session> S session(SessionRequest<S> request) {
        RouteRequest asked = new RouteRequest(request.type(), request.label(), request.args());
        Route route = parent.ep().call(() -> policy.route(asked));
        while (route instanceof Route.Pending pending) route = await(pending, request);
        if (route == null) throw new ServiceDeniedException(parent.label() + " gave no route for " + request.service()
                + " session '" + request.label() + "' of " + childLabel);
        return switch (route) {
            case Route.ToParent(String label) -> parent.port().session(request.labelled(label));
            case Route.ToService(var announcement, String label) -> Announced.of(announcement).serve(request.labelled(label));
            case Route.OwnConfig _ -> serveConfig(request);
            case Route.Pending _ -> throw new IllegalStateException("a pending route was awaited above");
        };
    }

    /** Waits on the child's thread, never the parent's; the parent only completes the decision. */
    private Route await(Route.Pending pending, SessionRequest<?> request) {
        CompletableFuture<Route> decision = pending.decision().toCompletableFuture();
        try {
            try {
                return decision.get(DECISION_WARNING_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                parent.log().warn("{} session of '{}' still waits after {} ms for {}", request.service(), childName,
                        DECISION_WARNING_MS, pending.awaiting());
            }
            return decision.get(DECISION_TIMEOUT_MS - DECISION_WARNING_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            ServiceDeniedException denied = new ServiceDeniedException(parent.label() + ": " + request.service()
                    + " session of '" + childName + "' (label '" + Labels.prefixed(childName, request.label())
                    + "') denied: no answer within " + DECISION_TIMEOUT_MS + " ms, waiting for " + pending.awaiting());
            if (decision.completeExceptionally(denied)) throw denied;
            return decided(decision);
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionClosedException("interrupted while waiting for " + pending.awaiting(), e);
        }
    }

    private static Route decided(CompletableFuture<Route> decision) {
        try {
            return decision.join();
        } catch (CompletionException e) {
            throw unwrapped(e.getCause());
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof ServiceException s) return s;
        return new ServiceDeniedException("the parent failed to decide: " + cause);
    }

    @SuppressWarnings("unchecked")
    private <S extends Session> S serveConfig(SessionRequest<S> request) {
        if (request.type() != RomSession.class) throw new ServiceDeniedException("'config' is a ROM session");
        Service<RomSession> own = r -> config.session();
        SessionRequest<RomSession> rom = (SessionRequest<RomSession>) (SessionRequest<?>) request
                .labelled(Labels.prefixed(childName, request.label()));
        return (S) parent.serve(own, rom);
    }

    @Override public Optional<Binary> binary(String name) { return parent.port().binary(name); }

    @Override public void exit(int code) { parent.ep().post(() -> policy.ended(new Ending.Exited(code))); }

    @Override public <S extends Session> void announce(Class<S> type, Service<S> service, ComponentEnv server) {
        Announced<S> announcement = new Announced<>(type, service, server);
        parent.ep().post(() -> policy.announced(announcement));
    }

    @Override public String toString() { return "child " + childLabel; }
}
