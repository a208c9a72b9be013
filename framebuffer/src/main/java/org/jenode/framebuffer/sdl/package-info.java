/**
 * {@code fb_sdl}: Genode's Linux framebuffer driver by its name, for configs written for Genode: fb_fx's
 * window, or fb_headless's memory screen on a headless platform.
 */
package org.jenode.framebuffer.sdl;
