/**
 * The Framebuffer and Capture session interfaces, and the drivers {@code fb_headless}, {@code fb_fx}
 * (a JavaFX window) and {@code fb_gl} (a GLFW/OpenGL window), which are not exported. The window
 * drivers also serve Input from their host windows.
 */
module org.jenode.framebuffer {
    requires transitive org.jenode.base;
    requires org.jenode.input;
    requires java.desktop; // fb_headless writes its screenshot with ImageIO
    requires javafx.graphics;
    requires org.lwjgl.glfw;
    requires org.lwjgl.opengl;

    exports org.jenode.framebuffer;

    provides org.jenode.base.BinaryCatalog with org.jenode.framebuffer.binaries.FramebufferBinaries;
}
