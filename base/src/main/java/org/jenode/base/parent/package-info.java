/**
 * Being a parent: what a component that starts components of its own (init; the loader later) holds
 * and implements. It gets {@link org.jenode.base.parent.Children} when its binary is declared with
 * {@link org.jenode.base.Binary#parent}, starts a child from a binary with a RAM account and a config
 * ROM, and answers the child's session requests and announcements through the
 * {@link org.jenode.base.parent.ChildPolicy} it implements. Every policy call runs on the parent's own
 * entrypoint, so a parent keeps its state without locks; a request that must wait (for a server that has
 * not announced yet) is answered later through a {@link org.jenode.base.parent.Route.Pending} decision,
 * never by blocking the parent.
 *
 * <p>A running child is a {@link org.jenode.base.parent.ChildHandle}: today a child on threads of this
 * JVM; a child in its own process is meant to be a second implementation of the same interface.
 */
package org.jenode.base.parent;
