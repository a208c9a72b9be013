/**
 * {@code status_bar}: the 18 px bar at the top of the screen that names the focused session, as
 * Genode 14.08's status_bar. It reads the {@code focus} ROM (nitpicker's focus report through
 * report_rom); {@link org.jenode.apps.statusbar.StatusBarPainter} draws it without any session.
 */
package org.jenode.apps.statusbar;
