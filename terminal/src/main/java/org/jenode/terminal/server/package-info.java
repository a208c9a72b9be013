/**
 * The {@code terminal} component: a Terminal server drawing into a nitpicker window
 * ({@link org.jenode.terminal.server.Terminal}), with its config, keyboard encoding, selection and the view
 * that draws changed cells; and the module's binary catalog.
 */
package org.jenode.terminal.server;
