/**
 * The {@code launcher} (Genode 14.11's, spec §5): the user's menu of subsystems, each started through
 * a Loader session the launcher pays for, with its state and what it costs. The launcher's own code
 * decides ({@link org.jenode.launcher.Launcher}, {@link org.jenode.launcher.Slot}); its menu is drawn by
 * a {@code menu_view} child from the dialog {@link org.jenode.launcher.MenuDialog} writes.
 */
package org.jenode.launcher;
