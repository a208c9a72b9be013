/**
 * The component model: {@link org.jenode.base.Component}s constructed with an {@link org.jenode.base.Env},
 * one {@link org.jenode.base.Entrypoint} thread each, {@link org.jenode.base.Session}s as capabilities
 * whose calls run on the server's entrypoint, coalescing {@link org.jenode.base.SignalHandler}s,
 * {@link org.jenode.base.Dataspace}s of shared memory, and {@link org.jenode.base.RamAccount}s through
 * which the client pays for what a server allocates on its behalf.
 *
 * <p>Expected failures are the sealed {@link org.jenode.base.ServiceException}s; anything else escaping
 * a component is a fault that stops it while its siblings keep running.
 */
package org.jenode.base;
