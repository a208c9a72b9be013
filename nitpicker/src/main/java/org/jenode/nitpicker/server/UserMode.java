package org.jenode.nitpicker.server;

/** The screen-wide trusted-path mode: flat (normal), X-ray (labels, frames, tints) or kill. */
public enum XrayMode { FLAT, XRAY, KILL }
