/**
 * The benchmarks of {@code ./jenode bench NAME}, each next to its baseline measured in the same run:
 * plain Java, a Swing desktop pane, a JavaFX scene graph, a bare JavaFX window. A module of its own so
 * that the {@code jenode} command carries no JMH, Swing or Monocle. It exports nothing but JMH's
 * generated classes, to JMH, and the components of {@code bench sandbox} and {@code bench input}, to base.
 */
@SuppressWarnings("requires-automatic") // JMH has no module descriptor
module org.jenode.bench {
    requires org.jenode.base;
    requires org.jenode.framebuffer;
    requires org.jenode.input;
    requires org.jenode.nitpicker;
    requires org.jenode.testing;
    requires info.picocli;
    requires jmh.core;
    requires javafx.graphics;
    requires java.desktop; // the Swing baseline, and AWT images
    requires java.management; // a child JVM gets this JVM's options
    requires jdk.management; // what nitpicker's entrypoint allocates per frame

    opens org.jenode.bench to info.picocli; // picocli sets the options' fields
    exports org.jenode.bench.jmh_generated to jmh.core; // JMH's runner instantiates the generated benchmarks
    exports org.jenode.bench.sandbox to org.jenode.base; // the ping session crosses the process boundary
    exports org.jenode.bench.latency to org.jenode.base; // so does the latency client's arrival session

    provides org.jenode.base.BinaryCatalog with org.jenode.bench.sandbox.SandboxBinaries, org.jenode.bench.latency.LatencyBinaries;
}
