/**
 * The Nitpicker session interface, everything a GUI client uses, and the {@code nitpicker} server,
 * which is not exported: a client reaches it only through the session its parent routed.
 */
module org.jenode.nitpicker {
    requires transitive org.jenode.base;
    requires transitive org.jenode.framebuffer; // a session hands out its Framebuffer
    requires transitive org.jenode.input; // ... and its Input session

    exports org.jenode.nitpicker;

    provides org.jenode.base.BinaryCatalog with org.jenode.nitpicker.server.NitpickerBinaries;
}
