/**
 * {@code touch_calibrator}: a nitpicker client that measures a touch screen's calibration by showing
 * crosshair targets, fits an {@link org.jenode.input.calibration.Affine} to the raw touches and publishes the
 * framebuffer driver's new config as the report {@code calibration}. The logic is
 * {@link org.jenode.apps.calibrator.CalibrationSession}, free of any session so that it is testable alone.
 */
package org.jenode.apps.calibrator;
