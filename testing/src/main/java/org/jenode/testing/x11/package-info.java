/**
 * Fixtures for tests and measurements that need a real X display: a private Xvfb server
 * ({@link org.jenode.testing.x11.XServer}) and the X command-line tools that drive and photograph
 * windows on it, xdotool and ImageMagick's {@code import} ({@link org.jenode.testing.x11.Tools}).
 * The window drivers' tests and the end-to-end tests of the desktop use them, so that a machine without
 * a display but with Xvfb installed (CI) runs them instead of skipping them, and so do the benchmarks
 * that need a screen. Main code of a module of its own, since both tests and the bench module use it.
 */
package org.jenode.testing.x11;
