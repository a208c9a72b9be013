package org.jenode.bench;

import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenode.base.Binary;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.Mode;

/**
 * One framebuffer driver at {@value #WIDTH}x{@value #HEIGHT}, started by its binary name from a
 * scenario through {@link Core}, and the {@link FbClient} that holds its Framebuffer session. A driver
 * that faults while starting (no display, no OpenGL) ends {@link #start} with its fault message, read
 * from init's state report.
 */
final class FbDesk implements AutoCloseable {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    /** fb_fx alone waits up to 30 s for its window. */
    private static final long START_TIMEOUT_S = 40;

    private final Core core;
    private final FbClient client;

    private FbDesk(Core core, FbClient client) {
        this.core = core;
        this.client = client;
    }

    static FbDesk start(String driver) throws Exception {
        CompletableFuture<FbClient> started = new CompletableFuture<>();
        Binaries binaries = Binaries.discover().with(new Binary(FbClient.BINARY, env -> {
            FbClient c = new FbClient(env);
            started.complete(c);
            return c;
        }));
        Core core = new Core(Scenario.parse(scenario(driver), "framebuffer bench", Path.of(".")), binaries).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
            while (!started.isDone()) {
                Optional<String> fault = fault(core);
                if (fault.isPresent()) throw new IllegalStateException(fault.get());
                if (System.nanoTime() > deadline) throw new TimeoutException(driver + " served no Framebuffer session within " + START_TIMEOUT_S + " s");
                Thread.sleep(10);
            }
            FbClient client = started.get();
            if (!client.mode().equals(new Mode(WIDTH, HEIGHT))) throw new IllegalStateException(driver + " runs at " + client.mode());
            return new FbDesk(core, client);
        } catch (Exception | Error e) {
            core.close();
            throw e;
        }
    }

    /** The screen buffer the driver shows. */
    IntBuffer pixels() { return client.pixels(); }

    /** The client's refresh call; returns when the driver's entrypoint has taken it. */
    void refresh(Rect area) { client.session().refresh(area); }

    @Override public void close() { core.close(); }

    /** The first fault in init's state report, as "child: message". */
    private static Optional<String> fault(Core core) {
        Optional<XmlNode> state = core.report("init -> state").map(text -> XmlParser.parse(text, "init state"));
        if (state.isEmpty()) return Optional.empty();
        for (XmlNode child : state.get().children("child")) {
            Optional<XmlNode> fault = child.child("fault");
            if (fault.isPresent()) return Optional.of(child.attribute("name", "?") + ": " + fault.get().attribute("message", "faulted"));
        }
        return Optional.empty();
    }

    private static String scenario(String driver) {
        return """
            <scenario ram="256M">
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                <report/>
                <start name="fb">
                  <binary name="%s"/>
                  <resource name="RAM" quantum="64M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                  <config width="%d" height="%d" resizable="no" title="jenode bench framebuffer"/>
                </start>
                <start name="client">
                  <binary name="%s"/>
                  <resource name="RAM" quantum="1M"/>
                  <route> <service name="Framebuffer"> <child name="fb"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
              </config>
            </scenario>
            """.formatted(driver, WIDTH, HEIGHT, FbClient.BINARY);
    }
}
