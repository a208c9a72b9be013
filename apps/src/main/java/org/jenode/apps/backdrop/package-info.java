/**
 * {@code backdrop}: the desktop background. It must be labelled {@code backdrop} so that nitpicker uses
 * its view as the background of every session. Config layers ({@code fill}, {@code gradient},
 * {@code image}) are painted in order by the pure {@link org.jenode.apps.backdrop.BackdropPainter}.
 */
package org.jenode.apps.backdrop;
