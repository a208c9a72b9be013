package org.jenode.base;

/**
 * A token that names an object on the side that issued it (nitpicker's view capabilities, the runtime's
 * {@link SignalHandler}s and {@link Dataspace}s). It crosses a session call as itself, never as a copy,
 * and its issuer recognises it by identity in a table of its own, so a token that anybody else made names
 * nothing. A class of tokens is final: a client cannot pass a subclass with code of its own.
 */
public interface Capability { }
