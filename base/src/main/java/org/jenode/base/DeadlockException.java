package org.jenode.base;

/** A synchronous call that would close a cycle of entrypoints waiting for each other. */
public final class DeadlockException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final String caller;
    private final String callee;

    public DeadlockException(String caller, String callee) {
        super("call from '" + caller + "' to '" + callee + "' would deadlock: '" + callee
                + "' is (indirectly) waiting for '" + caller + "'");
        this.caller = caller;
        this.callee = callee;
    }

    public String caller() { return caller; }

    public String callee() { return callee; }
}
