/**
 * The Framebuffer session and its values. Pixels are ARGB ints in native byte order, row by row
 * ({@code stride == width}); the screen ignores alpha. A client writes into the
 * {@linkplain org.jenode.framebuffer.FramebufferSession#dataspace() dataspace} and makes changes visible
 * with {@code refresh}. Mode changes follow Genode's handshake: the driver signals, the client reads
 * {@code mode()} and acknowledges by asking for the new dataspace; until then the old buffer stays valid.
 * {@link org.jenode.framebuffer.CaptureSession} reads the screen back (screenshots, tests). Drivers live
 * in sub-packages; clients use only this package.
 */
package org.jenode.framebuffer;
