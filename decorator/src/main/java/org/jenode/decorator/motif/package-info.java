/**
 * The motif renderer, the built-in look of Genode's {@code decorator} (release 14.11): raised 4-pixel
 * borders with 16-pixel corners, a 16-pixel title bar with a white gradient and a centred, shadowed
 * title, and element colours that fade whenever focus or highlight change.
 */
package org.jenode.decorator.motif;
