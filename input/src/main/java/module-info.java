/**
 * The Input and Event session interfaces with their events and Linux key codes, touch calibration
 * (clients such as the calibrator fit and apply it), and the drivers {@code input_script} and
 * {@code input_jinput}, which are not exported.
 */
@SuppressWarnings("requires-automatic") // JInput has no module descriptor
module org.jenode.input {
    requires transitive org.jenode.base;
    requires static jinput; // only input_jinput needs it, where it runs: see framebuffer's descriptor

    exports org.jenode.input;
    exports org.jenode.input.calibration;

    provides org.jenode.base.BinaryCatalog with org.jenode.input.binaries.InputBinaries;
}
