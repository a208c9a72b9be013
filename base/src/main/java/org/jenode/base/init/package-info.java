/**
 * {@code init}: the supervisor that starts children from {@code <start>} nodes, gives each its RAM
 * quantum and config, routes every session request by the {@code <route>}/{@code <default-route>} rules
 * (first match in document order, Genode's dialect of 14.x-15.x plus later label routes), parks a request
 * until its server announces, applies config changes differentially, isolates faulty children, reports
 * stalled ones and its state. init is an ordinary component that is a parent
 * ({@link org.jenode.base.parent}), so an init can run inside an init. All its state lives on its
 * entrypoint.
 *
 * <p>To understand the rest, start reading {@link org.jenode.base.init.Init}.
 */
package org.jenode.base.init;
