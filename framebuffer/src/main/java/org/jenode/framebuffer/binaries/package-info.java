/**
 * The framebuffer drivers by their binary names, for {@code ServiceLoader}. A package of its own, above
 * the drivers: the shared driver code in {@code org.jenode.framebuffer.driver} must not know them.
 */
package org.jenode.framebuffer.binaries;
