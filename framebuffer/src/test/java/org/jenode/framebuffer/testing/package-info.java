/**
 * Test fixtures other modules reuse (framebuffer's test-jar): {@code HeadlessScreen} runs the real
 * {@code fb_headless} in a test's scenario and reads and drives it only where a user would, at the driver.
 */
package org.jenode.framebuffer.testing;
