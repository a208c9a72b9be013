package org.jenode.base;

/**
 * Who waits for whom among the entrypoints of one runtime. A synchronous call first records the edge
 * caller -> callee here; an edge that would close a cycle is refused with a {@link DeadlockException}
 * instead of hanging both components forever. One instance per runtime, shared by its entrypoints.
 */
public final class WaitGraph {

    /** An empty graph, for a new runtime. */
    public WaitGraph() { }

    /** Records caller -> callee and returns what the caller waited for before (a wait it is nested in), or null. */
    synchronized Entrypoint enter(Entrypoint caller, Entrypoint callee) {
        for (Entrypoint e = callee; e != null; e = e.waitingFor) {
            if (e == caller) throw new DeadlockException(caller.name(), callee.name());
        }
        Entrypoint outer = caller.waitingFor;
        caller.waitingFor = callee;
        return outer;
    }

    /** Ends the caller's wait; it waits again for {@code outer}, the wait its call was nested in. */
    synchronized void leave(Entrypoint caller, Entrypoint outer) {
        caller.waitingFor = outer;
    }
}
