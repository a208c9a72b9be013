/**
 * The Loader session (Genode 14.11's {@code loader_session.h}): a client starts a subsystem that it
 * configures with ROM modules of its own and pays for with the session's donation, places the
 * subsystem's one view inside a view of its own, learns of readiness and faults by signals, and stops
 * the subsystem by closing the session. It never holds the subsystem's pixels, input or capabilities:
 * nothing this interface returns names any of them. The server is {@code org.jenode.loader.server},
 * which no client can reach.
 */
package org.jenode.loader;
