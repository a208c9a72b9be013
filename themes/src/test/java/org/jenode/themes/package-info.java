/**
 * The generator of Jenode's decoration themes (a test-scope program, so that the artwork is
 * reproducible from code) and the test that the committed PNGs are exactly what it draws.
 */
package org.jenode.themes;
