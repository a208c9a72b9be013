/**
 * The themed renderer, the look of Genode's {@code themed_decorator} (release 15.11): a theme is a
 * folder of ROM modules, {@code default.png} (the frame, stretched as a nine-slice from the image's
 * centre), {@code closer.png}, {@code maximizer.png} and {@code metadata} (margins of the shadow and
 * the frame, where the title and the controls sit). Frames are translucent where the images are,
 * faded when the window is not focused, and tinted by a policy's colour.
 */
package org.jenode.decorator.themed;
