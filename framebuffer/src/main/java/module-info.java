/**
 * The Framebuffer and Capture session interfaces, and the drivers {@code fb_headless}, {@code fb_fx}
 * (a JavaFX window) and {@code fb_gl} (a GLFW/OpenGL window), which are not exported. The window
 * drivers also serve Input from their host windows.
 */
module org.jenode.framebuffer {
    requires transitive org.jenode.base;
    requires org.jenode.input;
    requires java.desktop; // fb_headless writes its screenshot with ImageIO
    // Only fb_fx and fb_gl need their toolkits, and only where they run: a JVM that has not resolved them (a
    // sandboxed nitpicker client's, base's ChildModules) still has the session interface. A launcher of
    // the drivers adds them (--add-modules), as the jenode command does.
    requires static javafx.graphics;
    requires static org.lwjgl.glfw;
    requires static org.lwjgl.opengl;

    exports org.jenode.framebuffer;

    provides org.jenode.base.BinaryCatalog with org.jenode.framebuffer.binaries.FramebufferBinaries;
}
