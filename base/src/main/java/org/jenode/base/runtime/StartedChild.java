package org.jenode.base.runtime;

/** A child as the parent's runtime ends it when the parent itself ends: in two rounds, see {@link ComponentEnv#kill}. */
interface StartedChild {

    /** Stops the child's execution (and its children's) within its bound; its sessions stay as they are. */
    void halt();

    /** Ends the sessions of the stopped child, those it served and those it opened. */
    void release(String reason);
}
