package org.jenode.nitpicker.server;

/**
 * What the user switched the whole screen to with the operation keys: flat (normal), X-ray (frames,
 * tints and labels of the trusted path) or kill (everything red; a click locks a session out).
 */
enum UserMode { FLAT, XRAY, KILL }
