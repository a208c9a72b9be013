/**
 * The input drivers by their binary names, for {@code ServiceLoader}. A package of its own, above the
 * drivers: the session package {@code org.jenode.input}, which the drivers use, must not know them.
 */
package org.jenode.input.binaries;
