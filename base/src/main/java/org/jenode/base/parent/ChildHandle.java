package org.jenode.base.parent;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * A running child, as its parent holds it. The child in this JVM is one implementation; a child in a
 * process of its own implements the same. Call it on the parent's entrypoint; nothing here waits for
 * the child.
 */
public interface ChildHandle {

    String name();

    /**
     * Ends the child with {@code reason}: the sessions it serves end at once (their clients get their
     * donations back), it gets a short chance to close its host resources, its own sessions are closed,
     * and if it does not stop it is interrupted. Returns at once; the stage completes when all that is
     * done, whether or not the child's execution really ended (see {@link #ended()}).
     */
    CompletionStage<Void> kill(String reason);

    /**
     * Whether the child's execution has really ended. In this JVM a thread can only be asked to stop,
     * so a child stuck in a loop may go on after {@link #kill}; a process can be made to end.
     */
    boolean ended();

    /** How long the child has been busy with its current piece of work; zero while it waits for work. */
    Duration busy();
}
