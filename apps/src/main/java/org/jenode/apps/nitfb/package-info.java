/**
 * {@code nit_fb}: a nitpicker client that is a framebuffer and input driver for one client of its own, on
 * one nitpicker view, so that a nested nitpicker (or any Framebuffer client) shows inside the desktop.
 */
package org.jenode.apps.nitfb;
