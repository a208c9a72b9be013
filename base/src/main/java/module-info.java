/**
 * The component model: components, entrypoints, sessions, signals, dataspaces, RAM accounts, ROMs and
 * reports, XML, geometry and drawing, and the {@code init}, {@code report_rom} and {@code dynamic_rom}
 * binaries. A component module reads this one and the session interfaces of its servers, nothing else.
 *
 * <p>{@code init} is not exported: a component reaches its parent only through {@code Env}.
 * {@code core}, the root of a run, is exported only to the programs that start one.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module org.jenode.base {
    requires transitive org.slf4j;
    requires java.desktop; // gfx.Font rasterises glyphs with AWT, headless
    requires com.ctc.wstx;
    requires java.management; // a child in a process of its own gets this JVM's module options

    exports org.jenode.base;
    exports org.jenode.base.geometry;
    exports org.jenode.base.gfx;
    exports org.jenode.base.log;
    exports org.jenode.base.parent;
    exports org.jenode.base.report;
    exports org.jenode.base.rom;
    exports org.jenode.base.timer;
    exports org.jenode.base.xml;
    exports org.jenode.base.core to org.jenode.scenarios, org.jenode.bench;
    // SLF4J instantiates the log provider of a child in a process of its own (named by -Dslf4j.provider)
    exports org.jenode.base.runtime.log to org.slf4j;

    uses org.jenode.base.BinaryCatalog;
    provides org.jenode.base.BinaryCatalog with org.jenode.base.BaseBinaries;
}
