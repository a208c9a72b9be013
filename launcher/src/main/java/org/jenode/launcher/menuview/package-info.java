/**
 * {@code menu_view} (Genode 14.11's {@code gems/src/app/menu_view}): a nitpicker client that renders
 * the dialog in its ROM {@code dialog} as widgets ({@link org.jenode.launcher.menuview.Widget}) and
 * reports which of them the pointer is over as {@code hover}. It knows nothing of what the dialog means:
 * whoever writes the dialog reads the hover report (and the input) and decides. Layout, painting and
 * the hover report are pure functions of the dialog, so tests drive them without a server.
 */
package org.jenode.launcher.menuview;
