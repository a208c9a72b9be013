package org.jenode.apps.calibrator;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** {@code touch_calibrator}. */
public final class CalibratorBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() { return List.of(new Binary("touch_calibrator", TouchCalibrator::new)); }
}
