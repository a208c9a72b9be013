/**
 * The window decorator (Genode's {@code decorator} and {@code themed_decorator}): one nitpicker client
 * that draws the frame of every window the layouter lists in its {@code window_layout} report onto one
 * screen-sized buffer, shown through five views per window, and tells the layouter which frame element
 * the pointer is over ({@code hover}) and how wide the frames are ({@code decorator_margins}).
 *
 * <p>The core here knows windows, views, stacking, dirty rectangles and hover lookup; how a frame looks
 * is a {@link org.jenode.decorator.Renderer}'s business: {@code motif} draws the built-in look,
 * {@code themed} draws a theme of PNG images and metadata. The decorator never sees client input:
 * what it learns of the pointer comes as the {@code pointer} ROM.
 */
package org.jenode.decorator;
