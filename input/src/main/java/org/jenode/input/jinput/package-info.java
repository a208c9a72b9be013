/**
 * {@code input_jinput}: game controllers and joysticks through JInput, polled on a timer and turned into
 * {@code BTN_*} presses and motion events. See {@link org.jenode.input.jinput.JinputInput}.
 */
package org.jenode.input.jinput;
