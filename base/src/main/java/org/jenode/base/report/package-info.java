/**
 * Report sessions and {@code report_rom}: a component publishes its state as an XML report, and
 * report_rom hands it out as a ROM to the readers its policy names. This is how nitpicker, status bar,
 * drivers and calibrator talk without knowing each other.
 */
package org.jenode.base.report;
