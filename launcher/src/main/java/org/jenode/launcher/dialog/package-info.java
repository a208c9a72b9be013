/**
 * A dialog drawn by a {@code menu_view} child (Genode 14.11's launcher {@code Fading_dialog} and
 * {@code Dialog_nitpicker_session}): the owner publishes the dialog as XML, hears what the pointer is
 * over from menu_view's hover report and every input event the menu gets, and decides; it never touches
 * a pixel. {@link org.jenode.launcher.dialog.DialogHost} is the launcher's and the launchpad's.
 */
package org.jenode.launcher.dialog;
