/**
 * Screen geometry as values: {@link org.jenode.base.geometry.Point}, {@link org.jenode.base.geometry.Area}
 * and {@link org.jenode.base.geometry.Rect}. Rectangles are half-open ({@code x + w} is outside), unlike
 * Genode's inclusive corners, because Java's loops and buffers count that way.
 */
package org.jenode.base.geometry;
