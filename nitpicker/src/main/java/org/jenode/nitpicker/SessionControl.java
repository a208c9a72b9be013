package org.jenode.nitpicker;

/** What {@code sessionControl} does to the sessions a selector names. */
public enum SessionControl { HIDE, SHOW, TO_FRONT }
