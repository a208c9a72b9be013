/**
 * The Nitpicker session, everything a GUI client uses: a buffer of its own (paid from its donation),
 * views onto it addressed by session-local {@link org.jenode.nitpicker.ViewHandle}s, view
 * {@link org.jenode.nitpicker.Command}s batched in a shared buffer ({@link org.jenode.nitpicker.CommandQueue})
 * and applied by {@code execute()}, and an Input session for the events nitpicker routes to it.
 * The server lives in {@code org.jenode.nitpicker.server}; clients never touch it.
 */
package org.jenode.nitpicker;
