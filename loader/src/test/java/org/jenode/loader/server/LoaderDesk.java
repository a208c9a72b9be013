package org.jenode.loader.server;

import java.nio.charset.StandardCharsets;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionArgs;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.loader.LoaderSession;

/**
 * The loader between nitpicker and a client: the real headless driver as the screen (400x300, black
 * background), nitpicker reporting what the pointer hovers, the loader, and a probe {@code client} that
 * is the loader's client. The painter binary is on hand for subsystems on threads; a subsystem in a
 * process of its own finds only the binaries of Jenode's modules (testnit). Init reports its state.
 */
final class LoaderDesk implements AutoCloseable {

    static final int BLACK = 0x000000;

    /** A subsystem that ends itself with code 3 at once. */
    static final Binary QUITTER = new Binary("quitter", env -> {
        env.exit(3);
        return new Component() { };
    });

    final HeadlessScreen screen = new HeadlessScreen(400, 300);
    final Probe client = new Probe("client");
    final Core core;

    /** A loader that runs subsystems on threads of this JVM, where the test's own binaries are. */
    LoaderDesk() { this("48M"); }

    LoaderDesk(String loaderQuantum) { this(loaderQuantum, "<config isolation=\"thread\"/>"); }

    /** @param loaderConfig the loader's {@code <config>} node, or "" for none (its defaults) */
    LoaderDesk(String loaderQuantum, String loaderConfig) {
        core = screen.start("""
                <report delay_ms="20"/>
                <start name="nitpicker">
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <config> <report hover="yes"/> <domain name="default" layer="2"/> <policy label="" domain="default"/>
                           <background color="#000000"/> </config>
                </start>
                <start name="loader">
                  <resource name="RAM" quantum="%s"/>
                  <provides> <service name="Loader"/> </provides>
                  %s
                </start>
                <start name="client"> <resource name="RAM" quantum="32M"/> </start>
                """.formatted(loaderQuantum, loaderConfig), client.binary(), Painter.binary(), QUITTER);
    }

    Env env() { return client.env(); }

    /** Opens a Loader session for a subsystem of {@code ram} bytes, on the client's entrypoint. */
    LoaderSession open(long ram) { return open(SessionArgs.ramQuota(LoaderSession.quota(ram, 4096))); }

    LoaderSession open(SessionArgs args) { return client.onEp(env -> env.session(LoaderSession.class, "", args)); }

    /** Writes and commits {@code text} as ROM module {@code name} of {@code loader}. */
    static void commit(LoaderSession loader, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        loader.allocRomModule(name, bytes.length).bytes().put(bytes);
        loader.commitRomModule(name);
    }

    /** Init's state report once {@code until} holds for it. */
    XmlNode state(java.util.function.Predicate<XmlNode> until) { return Await.report(core, "init -> state", until); }

    /** The child {@code name} of a state report. */
    static XmlNode child(XmlNode state, String name) {
        return state.children("child").stream().filter(c -> c.attribute("name", "").equals(name)).findFirst().orElseThrow();
    }

    static long used(XmlNode state, String name) { return child(state, name).longAttribute("ram_used", -1); }

    @Override public void close() { core.close(); }
}
