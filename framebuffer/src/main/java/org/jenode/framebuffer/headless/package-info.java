/**
 * {@code fb_headless}: a framebuffer driver without a window, for tests, servers and screenshots; its
 * memory screen is fb_sdl's on a headless platform.
 */
package org.jenode.framebuffer.headless;
