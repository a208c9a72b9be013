package org.jenode.base.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.Binary;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.Service;
import org.jenode.base.Session;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.parent.Children;
import org.jenode.base.parent.Isolation;

/**
 * The children a component started, on threads of this JVM or in processes of their own. When the
 * component itself ends, they end with it, the youngest first (clients are usually started after their
 * servers).
 */
final class StartedChildren implements Children {

    private final ComponentEnv parent;
    /** Appended on the parent's entrypoint, read by whoever ends the parent. */
    private final List<StartedChild> started = new CopyOnWriteArrayList<>();

    StartedChildren(ComponentEnv parent) { this.parent = parent; }

    @Override public Optional<Binary> binary(String name) { return parent.port().binary(name); }

    @Override public ChildHandle start(ChildSpec spec, ChildPolicy policy) {
        if (spec.isolation() != Isolation.PROCESS && spec.binary().program() instanceof Binary.Jar jar)
            throw new ServiceDeniedException(spec.name() + ": " + JarRefusal.reason(spec.binary().name(), jar));
        return switch (spec.isolation()) {
            case THREAD -> add(new InThreadChild(parent, spec, policy, started::remove));
            case PROCESS -> add(new ProcessChild(parent, spec, policy, started::remove));
        };
    }

    private <C extends StartedChild> C add(C child) {
        started.add(child);
        return child;
    }

    @Override public <S extends Session> Announcement offer(Class<S> type, Service<S> service) {
        return new Announced<>(type, service, parent);
    }

    boolean isEmpty() { return started.isEmpty(); }

    /** Stops every child, the youngest first, each within its own bound. */
    void haltAll() {
        for (StartedChild child : List.copyOf(started).reversed()) child.halt();
    }

    /** Ends the sessions of every (stopped) child, the youngest first. */
    void releaseAll(String reason) {
        for (StartedChild child : List.copyOf(started).reversed()) child.release(reason);
        started.clear();
    }
}
