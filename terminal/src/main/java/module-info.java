/**
 * The Terminal session interface and the {@code terminal}, {@code pty} and {@code terminal_log} binaries.
 * Only the session interface is exported: a client reaches the terminal through the session its parent
 * routed, never through the component. The LOG session it serves is base's ({@code org.jenode.base.log}).
 */
module org.jenode.terminal {
    requires transitive org.jenode.base; // the session hands out Dataspaces and takes SignalHandlers
    requires org.jenode.nitpicker;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires com.techsenger.jeditermfx.core; // the emulator core, behind TerminalModel
    requires pty4j; // automatic module: the jar has no descriptor
    requires java.desktop; // AWT rasterises the shipped font, headless

    exports org.jenode.terminal;

    provides org.jenode.base.BinaryCatalog with org.jenode.terminal.server.TerminalBinaries;
}
