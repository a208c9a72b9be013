/** {@code image_viewer}: shows one PNG from a ROM module in a view of the image's size. */
package org.jenode.apps.imageviewer;
