/**
 * The runtime that components must not reach (this package is not exported): each component's
 * {@code Env} and the bookkeeping of its sessions, the client end of a session, a child on threads of
 * this JVM ({@link org.jenode.base.parent.ChildHandle}'s first implementation) or in a process of its
 * own (with the AOT cache of the children's JVMs), and the root of a component tree that {@code core} is
 * built on.
 */
package org.jenode.base.runtime;
