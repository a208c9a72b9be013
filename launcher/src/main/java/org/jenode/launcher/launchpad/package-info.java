/**
 * {@code launchpad} (Genode 14.x's demo launchpad, spec §5.4), so that Genode's {@code demo.run} and
 * {@code wm.run} configs run as written: programs from its {@code <launcher>} list start as its direct
 * children, and what one announces serves the others (a nested nitpicker on a nit_fb). Its window is a
 * dialog drawn by a {@code menu_view} child, as the launcher's menu is.
 */
package org.jenode.launcher.launchpad;
