/** {@code fb_headless}: a framebuffer driver without a window, for tests, servers and screenshots. */
package org.jenode.framebuffer.headless;
