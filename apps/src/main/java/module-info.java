/**
 * The demo clients of nitpicker and the touch calibrator. A client module: it reads base and the
 * session interfaces of its servers, exports nothing, and offers its programs as binaries.
 */
module org.jenode.apps {
    requires org.jenode.base;
    requires org.jenode.nitpicker;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires java.desktop; // the image viewer decodes with ImageIO, the pointer draws its arrow with Java2D

    provides org.jenode.base.BinaryCatalog
            with org.jenode.apps.AppsBinaries, org.jenode.apps.calibrator.CalibratorBinaries;
}
