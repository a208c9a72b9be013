package org.jenode.base.runtime;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.ChildSpec;

/**
 * A child on threads of this JVM: its component runs on an entrypoint of its own and reaches its parent
 * through a {@link PolicyPort}.
 */
final class InThreadChild implements ChildHandle, StartedChild {

    private final ComponentEnv env;
    private final Consumer<StartedChild> onKilled;

    InThreadChild(ComponentEnv parent, ChildSpec spec, ChildPolicy policy, Consumer<StartedChild> onKilled) {
        this.onKilled = onKilled;
        PolicyPort port = new PolicyPort(parent, policy, spec.config(), spec.name());
        this.env = parent.child(spec.name(), port, spec.ram());
        env.start(spec.binary(), port::faulted);
    }

    @Override public String name() { return env.name(); }

    @Override public CompletionStage<Void> kill(String reason) {
        return env.kill(reason).whenComplete((_, _) -> onKilled.accept(this));
    }

    @Override public boolean ended() { return env.ep().ended(); }

    @Override public Duration busy() { return env.ep().busy(); }

    @Override public void halt() { env.halt(); }

    @Override public void release(String reason) { env.release(reason); }

    @Override public String toString() { return "child " + env.label(); }
}
