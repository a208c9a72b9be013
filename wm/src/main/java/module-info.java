/**
 * The window manager {@code wm}: a Nitpicker server to its clients and a Nitpicker client of the real
 * nitpicker. It exports nothing; init finds it through its binary catalog.
 */
module org.jenode.wm {
    requires org.jenode.base;
    requires org.jenode.nitpicker;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires org.slf4j;

    provides org.jenode.base.BinaryCatalog with org.jenode.wm.WmBinaries;
}
