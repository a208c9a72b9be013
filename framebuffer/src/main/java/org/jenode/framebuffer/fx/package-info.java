/**
 * {@code fb_fx}: a framebuffer driver showing the screen in a JavaFX window, zero-copy through a PixelBuffer;
 * its window is fb_sdl's too. {@link org.jenode.framebuffer.fx.FxThread} is how anyone waits for the FX thread.
 */
package org.jenode.framebuffer.fx;
