/**
 * The wire between a parent and a child in a process of its own: one Unix-domain socket per child
 * ({@link org.jenode.base.runtime.wire.UnixSocket}, our own through the FFM API, since it passes file
 * descriptors), carrying length-prefixed frames of at most
 * {@link org.jenode.base.runtime.wire.Wire#MAX_FRAME} bytes, each one
 * {@link org.jenode.base.runtime.wire.Message}, and with a frame the descriptors of the memory files its
 * values name ({@code SCM_RIGHTS}). Reading is defensive: a frame that is too long, truncated, of an
 * unknown kind, with bytes left over, text that is not UTF-8, or descriptors its values do not name (or
 * name but did not bring) is a {@link org.jenode.base.runtime.wire.WireException}, which ends the child as
 * a fault before anything of it reaches a server; a descriptor nobody takes is closed at once. What a
 * message means (capability ids, values) is the runtime's business; this package only moves messages.
 * Not exported.
 */
package org.jenode.base.runtime.wire;
