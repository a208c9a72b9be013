/**
 * The tokens that only the runtime hands to base's own classes when a capability crosses to a component
 * in another process: the relay of a signal to a handler over there ({@link org.jenode.base.crossing.SignalRelay},
 * for {@code SignalHandler.relayed}). Not exported: a component can neither name nor make one, so it
 * cannot make a signal handler that runs its own code on the thread of a server that submits it.
 */
package org.jenode.base.crossing;
