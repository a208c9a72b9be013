/**
 * The floating window layouter as a component ({@code floating_window_layouter}): the wm's policy of
 * where windows go, how they are moved, resized, raised, maximized and closed, and which one has the
 * focus. It reads ROMs and the input its session at the wm carries, and publishes reports; the
 * layout itself is {@link org.jenode.layouter.model}, the XML of every ROM and report
 * {@link org.jenode.layouter.format}.
 */
package org.jenode.layouter;
