/**
 * The floating window layouter: pure policy for the wm. It reads ROMs, writes reports and takes the
 * input events its session at the wm carries; it needs nitpicker's session interface for that
 * session alone and has no way to a framebuffer or a view.
 */
module org.jenode.layouter {
    requires org.jenode.base;
    requires org.jenode.input;
    requires org.jenode.nitpicker;
    requires org.slf4j;

    provides org.jenode.base.BinaryCatalog with org.jenode.layouter.LayouterBinaries;
}
