/**
 * The layout as a state machine without any component around it: value records (windows, hover,
 * rules, key bindings), pure helpers (placement, key sequences, focus history) and one model,
 * {@link org.jenode.layouter.model.Layout}, that changes only by the
 * {@link org.jenode.layouter.model.LayoutEvent}s applied to it. Tests drive it event by event.
 */
package org.jenode.layouter.model;
