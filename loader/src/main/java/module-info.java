/**
 * The loader: a trusted service with which a client starts a subsystem that it configures and pays
 * for, sees the subsystem's view nested in its own, and can only stop. Exports the Loader session
 * interface; the server is found through its binary catalog.
 */
module org.jenode.loader {
    requires transitive org.jenode.base; // the session hands out Dataspaces and takes SignalHandlers
    requires transitive org.jenode.nitpicker; // ... and view capabilities and session-control operations
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires org.slf4j;

    exports org.jenode.loader;

    provides org.jenode.base.BinaryCatalog with org.jenode.loader.server.LoaderBinaries;
}
