/**
 * Touch calibration: the {@link org.jenode.input.calibration.Affine} transform that a driver applies to raw
 * touch coordinates (read from its config's {@code <calibration/>} node), and
 * {@link org.jenode.input.calibration.CalibrationFit}, which measures it from point pairs.
 */
package org.jenode.input.calibration;
