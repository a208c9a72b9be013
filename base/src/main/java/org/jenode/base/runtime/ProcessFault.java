package org.jenode.base.runtime;

/**
 * Why a child in a process of its own ended as a fault: its component faulted there, its process ended
 * or was killed, it ran out of memory, or it wrote what the protocol does not allow. Reported as its
 * message alone, as init's state report shows a fault.
 */
final class ProcessFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ProcessFault(String message) { super(message, null, false, false); }

    ProcessFault(String message, Throwable cause) { super(message, cause, false, false); }

    @Override public String toString() { return getMessage(); }
}
