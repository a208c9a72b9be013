/**
 * Demo clients of nitpicker, one package per program: backdrop, pointer, status bar, testnit, clock,
 * image viewer and display settings. They use only the public session interfaces (nitpicker,
 * framebuffer, input) and base; {@link org.jenode.apps.AppsBinaries} registers them.
 */
package org.jenode.apps;
