/**
 * Genode's XML formats of what the layouter reads ({@code window_list}, {@code hover},
 * {@code focus_request}, {@code decorator_margins}, {@code displays}, its config and {@code rules}) and
 * of what it reports ({@code window_layout}, {@code resize_request}, {@code focus}, {@code rules}).
 * Malformed input fails with the ROM's name, line and column.
 */
package org.jenode.layouter.format;
