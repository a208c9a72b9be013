/**
 * The window manager {@code wm} (Genode 15.08's split, with the 15.11 and 16.02 additions): it serves
 * Nitpicker sessions and turns each client's top-level view into a window, opening one real session
 * per client at nitpicker ({@code wm -> <label>}) so that pixels never pass through it. Where windows
 * go and how they look is none of its business: a layouter and a decorator, siblings under init with
 * the roles its config gives them, decide that and talk to it only through report_rom
 * ({@code window_list}, {@code pointer}, {@code focus_request} out; {@code focus}, {@code resize_request}
 * in) and through the sessions it serves them.
 */
package org.jenode.wm;
