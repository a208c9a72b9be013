/**
 * Small, fast software drawing shared by nitpicker and the GUI applications: a {@link org.jenode.base.gfx.Canvas}
 * over ARGB pixels (a dataspace's {@code IntBuffer} or an {@code int[]}) with a clip rectangle, and an
 * anti-aliased {@link org.jenode.base.gfx.Font} whose glyphs are rasterised once with java.awt (headless).
 *
 * <p>Pixels are {@code 0xAARRGGBB} ints with <em>straight</em> (not premultiplied) alpha.
 */
package org.jenode.base.gfx;
