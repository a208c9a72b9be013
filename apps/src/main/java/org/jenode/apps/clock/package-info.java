/**
 * {@code clock}: a small window with an analogue face and the digital time, redrawn every second on a
 * Timer signal. {@link org.jenode.apps.clock.ClockPainter} draws a given time into a canvas.
 */
package org.jenode.apps.clock;
