/**
 * The decorator. It exports nothing: scenarios reach it only by its binary names through the catalog.
 *
 * <p>This descriptor is kept outside {@code src/main/java} until base, framebuffer, input and nitpicker
 * are named modules ({@code org.jenode.*}); until then the class path finds the catalog through
 * {@code META-INF/services}. Move it to {@code src/main/java} when they are.
 */
module org.jenode.decorator {
    requires java.desktop;
    requires org.slf4j;
    requires org.jenode.base;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires org.jenode.nitpicker;

    provides org.jenode.base.BinaryCatalog with org.jenode.decorator.DecoratorBinaries;
}
