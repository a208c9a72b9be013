/** The decorator. It exports nothing: scenarios reach it only by its binary names through the catalog. */
module org.jenode.decorator {
    requires java.desktop;
    requires org.slf4j;
    requires org.jenode.base;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires org.jenode.nitpicker;

    provides org.jenode.base.BinaryCatalog with org.jenode.decorator.DecoratorBinaries;
}
