/** {@code fb_fx}: a framebuffer driver showing the screen in a JavaFX window, zero-copy through a PixelBuffer. */
package org.jenode.framebuffer.fx;
