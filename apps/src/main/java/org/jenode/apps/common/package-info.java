/**
 * What every demo client needs: a nitpicker session with one buffer that can grow
 * ({@link org.jenode.apps.common.GuiBuffer}) and PNG images read from ROM modules
 * ({@link org.jenode.apps.common.Image}).
 */
package org.jenode.apps.common;
