package org.jenode.scenarios.genode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.geometry.Rect;
import org.jenode.base.log.LogSession;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Pngs;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;

/**
 * One of the corpus's configs run as {@code ./jenode run --headless} runs it, with a camera on the
 * monitor: fb_sdl's {@code <provides>} also declares the Capture and Event services every driver has (so
 * that init routes them), and a probe {@code tester} reads the screen and types and clicks at the driver
 * (and writes to a LOG server, where the config has one).
 * Both are added on the lines where the config already has text, so every position init reports is the
 * file's own. Nothing else of the config changes.
 */
final class GenodeRun implements AutoCloseable {

    private static final XmlNode HEADLESS = XmlNode.builder("platform_info")
            .child(XmlNode.builder("jenode").attribute("headless", true)).build();

    private static final String TESTER = "<start name=\"tester\"> <resource name=\"RAM\" quantum=\"1M\"/> <route>"
            + " <service name=\"Capture\"> <child name=\"fb_sdl\"/> </service> <service name=\"Event\"> <child name=\"fb_sdl\"/> </service>"
            + " <service name=\"LOG\"> <any-child/> </service>"
            + " <any-service> <parent/> </any-service> </route> </start>";

    private final String name;
    private final Probe tester = new Probe("tester");
    private final Core core;
    private volatile CaptureSession capture;
    private volatile EventSession events;

    /** Starts {@code genode/<name>.xml} from the test resources. */
    GenodeRun(String name) {
        this.name = name;
        Path file = corpusFile(name + ".xml");
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fbSdl = "<service name=\"Input\"/> <service name=\"Framebuffer\"/> </provides>";
        if (!text.contains(fbSdl)) throw new IllegalArgumentException(name + ": no fb_sdl start node in the corpus's form");
        text = text.replace(fbSdl, "<service name=\"Input\"/> <service name=\"Framebuffer\"/> <service name=\"Capture\"/> <service name=\"Event\"/> </provides>");
        int end = text.lastIndexOf("</config>");
        text = text.substring(0, end) + "<report/> " + TESTER + " " + text.substring(end);
        Scenario scenario = Scenario.parse(text, file.toString(), file.getParent());
        core = new Core(scenario, Binaries.discover().with(tester.binary())).platformInfo(HEADLESS).start();
    }

    private static Path corpusFile(String file) {
        try {
            return Path.of(GenodeRun.class.getResource("/genode/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RGB of a pixel as the monitor shows it, or -1 off the screen. */
    int rgb(int x, int y) {
        int[] p = capture().pixels(new Rect(x, y, 1, 1));
        return p.length == 1 ? p[0] & 0xffffff : -1;
    }

    /** The shown pixels of {@code area}, RGB row by row. */
    int[] rgb(Rect area) {
        int[] p = capture().pixels(area);
        for (int i = 0; i < p.length; i++) p[i] &= 0xffffff;
        return p;
    }

    /** How many pixels of {@code area} show {@code rgb}. */
    int count(Rect area, int rgb) {
        int n = 0;
        for (int p : rgb(area)) if (p == rgb) n++;
        return n;
    }

    Mode mode() { return capture().mode(); }

    /** Writes {@code line} to the config's LOG server, as a component of the config would. */
    void log(String line) {
        tester.onEp(env -> {
            try (LogSession log = env.session(LogSession.class, "log")) {
                return log.write(line + "\n");
            }
        });
    }

    /** The first state report of init that satisfies {@code until}. */
    XmlNode state(Predicate<XmlNode> until) { return Await.report(core, "init -> state", until, Duration.ofMinutes(1)); }

    /** Events as if from the host's keyboard and mouse, once nitpicker (or whoever holds Input) listens. */
    void inject(InputEvent... es) {
        Await.until("a first frame", () -> capture().frames() > 0);
        events().submit(List.of(es));
    }

    /**
     * Waits for {@code condition}, for up to a minute: a Genode config starts a dozen components, on a
     * machine others share. On a timeout the screen goes to target/screens/genode-NAME-timeout.png.
     */
    void await(String what, BooleanSupplier condition) {
        try {
            Await.until(name + ": " + what, Duration.ofMinutes(1), condition);
        } catch (AssertionError e) {
            Path png = writePng(name + "-timeout");
            throw new AssertionError(e.getMessage() + " (screen in " + png + ")", e);
        }
    }

    /** Writes the screen to target/screens/genode-{@code file}.png. */
    Path writePng(String file) {
        Mode mode;
        int[] px;
        do { // mode and pixels are two calls: retry if the screen re-moded in between
            mode = mode();
            px = capture().pixels(Rect.of(mode.area()));
        } while (px.length != mode.width() * mode.height() || !mode.equals(mode()));
        for (int i = 0; i < px.length; i++) px[i] |= 0xff000000;
        return Pngs.write(Canvas.of(px, mode.width(), mode.height()), Path.of("target", "screens", "genode-" + file + ".png"));
    }

    private CaptureSession capture() {
        if (capture == null) capture = tester.onEp(env -> env.session(CaptureSession.class, "screen"));
        return capture;
    }

    private EventSession events() {
        if (events == null) events = tester.onEp(env -> env.session(EventSession.class, "device"));
        return events;
    }

    @Override public void close() { core.close(); }
}
