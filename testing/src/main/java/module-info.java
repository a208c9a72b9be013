/**
 * Fixtures for what needs a real X display, shared by tests (as a test dependency) and the benchmarks:
 * a private Xvfb server and the X tools that drive and photograph its windows. Reads no Jenode module.
 */
module org.jenode.testing {
    requires transitive java.desktop; // Tools.screenshot hands back a BufferedImage

    exports org.jenode.testing.x11;
}
