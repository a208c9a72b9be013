package org.jenode.base.runtime.wire;

/** A frame that does not read as a message of the protocol: the peer is broken or hostile. */
public final class WireException extends Exception {

    private static final long serialVersionUID = 1L;

    public WireException(String message) { super(message); }
}
