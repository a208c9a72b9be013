module org.jenode.decorator {
    requires org.jenode.base;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires org.jenode.nitpicker;
    provides org.jenode.base.BinaryCatalog with org.jenode.decorator.DecoratorBinaries;
}
