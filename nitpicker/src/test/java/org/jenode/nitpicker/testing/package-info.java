/**
 * Test fixtures other modules reuse (nitpicker's test-jar): {@code GuiClient}, a client of the GUI
 * session acting through a probe, for tests of nitpicker and of what serves or proxies its session, and
 * {@code NitpickerStart}, nitpicker's start node in a scenario on the headless screen.
 */
package org.jenode.nitpicker.testing;
