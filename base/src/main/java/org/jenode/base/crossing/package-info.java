/**
 * The tokens that only the runtime hands to base's own classes when a capability crosses to a component
 * in another process: a descriptor that came over a child's socket ({@link org.jenode.base.crossing.Descriptor},
 * for {@code Dataspace.mapped}) and the relay of a signal to a handler over there
 * ({@link org.jenode.base.crossing.SignalRelay}, for {@code SignalHandler.relayed}). Not exported: a
 * component can neither name nor make one, so it cannot map a memory file of its JVM by its number, nor
 * make a signal handler that runs its own code on the thread of a server that submits it.
 */
package org.jenode.base.crossing;
