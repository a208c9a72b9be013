/**
 * Test fixtures for tests that need a real X display (published in base's test-jar): a private Xvfb
 * server ({@link org.jenode.base.testing.x11.XServer}) and the X command-line tools that drive and
 * photograph windows on it, xdotool and ImageMagick's {@code import} ({@link org.jenode.base.testing.x11.Tools}).
 * The window drivers' tests and the end-to-end tests of the desktop use them, so that a machine without
 * a display but with Xvfb installed (CI) runs them instead of skipping them.
 */
package org.jenode.base.testing.x11;
