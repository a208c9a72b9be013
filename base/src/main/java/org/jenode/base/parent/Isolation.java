package org.jenode.base.parent;

/** How a child is kept apart from its parent and siblings ({@code <start isolation>} in init's config). */
public enum Isolation {

    /**
     * On threads of the parent's JVM: cheap, and isolated as far as the JVM's encapsulation holds; a stuck
     * thread can only be asked to stop.
     */
    THREAD,

    /**
     * In an OS process of its own (a JVM started from the same JDK and module path): its host memory is
     * bounded by its RAM quantum, its session calls cross a Unix-domain socket and its dataspaces are
     * shared memory, and killing it really ends it.
     */
    PROCESS
}
