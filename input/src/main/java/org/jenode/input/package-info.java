/**
 * The Input session: a driver (or nitpicker, for its clients) queues {@link org.jenode.input.InputEvent}s,
 * signals the client, and the client {@linkplain org.jenode.input.InputSession#flush() flushes} a batch
 * into the shared event dataspace and decodes it with {@link org.jenode.input.EventCodec}. Key codes are
 * Linux's ({@link org.jenode.input.Keycodes}). Drivers live in sub-packages.
 */
package org.jenode.input;
