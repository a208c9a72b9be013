package org.jenode.base.parent;

/** How a child ended. */
public sealed interface Ending permits Ending.Exited, Ending.Faulted {

    /** The child called {@link org.jenode.base.Env#exit} with {@code code}. */
    record Exited(int code) implements Ending { }

    /** An exception escaped the child's code; its entrypoint has stopped. */
    record Faulted(Throwable fault) implements Ending { }
}
