/**
 * {@code display_settings}: buttons for screen resolutions. A click (or key 1..n) publishes the report
 * {@code fb_config}, which report_rom hands to the framebuffer driver as its config; the driver's
 * {@code mode} report tells which button to highlight. {@link org.jenode.apps.displaysettings.ResolutionMenu}
 * (layout, hit test, painting) and {@link org.jenode.apps.displaysettings.SettingsController} (what a
 * click publishes) work without any session.
 */
package org.jenode.apps.displaysettings;
