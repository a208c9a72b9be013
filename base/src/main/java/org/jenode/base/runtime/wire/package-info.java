/**
 * The wire between a parent and a child in a process of its own: one Unix-domain socket per child,
 * carrying length-prefixed frames of at most {@link org.jenode.base.runtime.wire.Wire#MAX_FRAME} bytes,
 * each one {@link org.jenode.base.runtime.wire.Message}. Reading is defensive: a frame that is too long,
 * truncated, of an unknown kind, with bytes left over or text that is not UTF-8 is a
 * {@link org.jenode.base.runtime.wire.WireException}, which ends the child as a fault before anything of
 * it reaches a server. What a message means (capability ids, values) is the runtime's business; this
 * package only moves messages. Not exported.
 */
package org.jenode.base.runtime.wire;
