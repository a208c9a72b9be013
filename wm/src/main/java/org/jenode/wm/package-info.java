/**
 * Reserved for the window manager: a nitpicker proxy that turns each client's top-level view into a window, with a decorator that draws frames per theme and a layouter that places, focuses, moves and resizes windows (design §3; Genode spec §4).
 *
 * <p>Not built yet: no open issue covers it. The module is in the reactor so that the dependency
 * rules of the design (a module depends on base and on the session interfaces of its servers) are
 * fixed from the start.
 */
package org.jenode.wm;
