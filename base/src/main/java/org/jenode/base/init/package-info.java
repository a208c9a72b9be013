/**
 * {@code init}: the supervisor that starts children from {@code <start>} nodes, gives each its RAM
 * quantum and config, routes every session request by the {@code <route>}/{@code <default-route>} rules
 * (first match in document order), applies config changes differentially, isolates faulty children and
 * reports its state. init is an ordinary component, so an init can run inside an init.
 *
 * <p>To understand the rest, start reading {@link org.jenode.base.init.Init}.
 */
package org.jenode.base.init;
