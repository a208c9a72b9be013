package org.jenode.framebuffer.testing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jenode.base.Binary;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.gfx.Canvas;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Pngs;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.EventSession;
import org.jenode.input.InputEvent;

/**
 * The real headless driver as a test's screen: {@code fb_headless} started as {@code fb}, its config the
 * core ROM {@code fb.config} (so a test re-modes it as a user's settings would), and a probe
 * {@code tester} that reads the screen through fb's Capture service and types and clicks through its
 * Event service. The test talks to the scenario only where a user would: at the driver.
 *
 * <p>{@link #configuredBy} makes a child of the test (a report_rom) the source of the driver's config
 * instead, as a tool that reconfigures the driver is in a real scenario.
 */
public final class HeadlessScreen {

    private final int width, height;
    /** The child whose ROM is fb's config; empty: the core ROM {@code fb.config}. */
    private final Optional<String> configServer;
    /** Its start node, which comes before fb's: fb asks it for its config at once. */
    private final String configServerStart;
    private final Probe tester = new Probe("tester");
    private volatile Core core;
    private volatile CaptureSession capture;
    private volatile EventSession events;

    /** A screen of {@code width} x {@code height} at start. */
    public HeadlessScreen(int width, int height) { this(width, height, Optional.empty(), ""); }

    private HeadlessScreen(int width, int height, Optional<String> configServer, String configServerStart) {
        this.width = width;
        this.height = height;
        this.configServer = configServer;
        this.configServerStart = configServerStart;
    }

    /**
     * A screen whose driver config is the ROM that child {@code server} (a report_rom, started from
     * {@code serverStart}) hands out to the label {@code fb -> config}; the tester reads the same report as
     * {@code tester -> fb_config} ({@link #driverConfig()}), so the report_rom needs a policy for both.
     * Until the first report the driver runs with its defaults (1024x768).
     */
    public static HeadlessScreen configuredBy(String server, String serverStart) {
        return new HeadlessScreen(1024, 768, Optional.of(server), serverStart);
    }

    /** Starts {@code starts} (init {@code <start>} nodes) with fb and the tester; close the core at the end. */
    public Core start(String starts, Binary... extra) {
        Binary[] binaries = Stream.concat(Stream.of(tester.binary()), Arrays.stream(extra)).toArray(Binary[]::new);
        core = TestScenario.start(scenario(starts), binaries);
        return core;
    }

    /** The whole scenario: the {@code fb.config} ROM and {@link #initConfig}. */
    public String scenario(String starts) {
        return """
            <scenario ram="256M">
              <rom name="fb.config">%s</rom>
              %s
            </scenario>
            """.formatted(modeConfig(width, height), initConfig(starts));
    }

    /**
     * Init's config: fb, the tester and {@code starts}, everything routed to the parent or an unambiguous
     * child. A test that reconfigures init live sets this as core's {@code config} ROM.
     */
    public String initConfig(String starts) {
        return """
            <config>
              <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
              <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
              %s
              <start name="fb">
                <binary name="fb_headless"/>
                <resource name="RAM" quantum="16M"/>
                <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                <route> <service name="ROM" label="config"> %s </service>
                        <any-service> <parent/> </any-service> </route>
              </start>
              <start name="tester">
                <resource name="RAM" quantum="1M"/>
                <route> %s <any-service> <parent/> <any-child/> </any-service> </route>
              </start>
            %s
            </config>
            """.formatted(configServerStart, configServer.map(c -> "<child name=\"" + c + "\"/>").orElse("<parent label=\"fb.config\"/>"),
                configServer.map(c -> "<service name=\"ROM\" label=\"fb_config\"> <child name=\"" + c + "\"/> </service>").orElse(""),
                starts);
    }

    private static String modeConfig(int width, int height) {
        return "<config width=\"" + width + "\" height=\"" + height + "\"/>";
    }

    /** The config the driver reads now, from the {@linkplain #configuredBy config server}. */
    public XmlNode driverConfig() {
        if (configServer.isEmpty()) throw new IllegalStateException("the driver's config is the core ROM fb.config");
        return tester.rom("fb_config");
    }

    /** The user picked another resolution: fb's config ROM changes, the driver re-modes live. */
    public void changeMode(int width, int height) { core.rom("fb.config").set(modeConfig(width, height)); }

    /** What the screen shows now. */
    public Mode mode() { return capture().mode(); }

    /** How many refreshes the screen has shown. */
    public long frames() { return capture().frames(); }

    /** RGB of a pixel as shown (a monitor shows no alpha), or -1 off the screen. */
    public int rgb(int x, int y) {
        int[] p = capture().pixels(new Rect(x, y, 1, 1));
        return p.length == 1 ? p[0] & 0xffffff : -1;
    }

    /** The shown pixels of {@code area} (clipped to the screen), ARGB row by row. */
    public int[] pixels(Rect area) { return capture().pixels(area); }

    /** A copy of the whole screen, opaque (as a monitor shows it), e.g. for a PNG. */
    public Canvas image() {
        Mode before, after;
        int[] px;
        do { // mode and pixels are two calls: retry if the screen re-moded in between
            before = mode();
            px = pixels(Rect.of(before.area()));
            after = mode();
        } while (!before.equals(after) || px.length != before.width() * before.height());
        for (int i = 0; i < px.length; i++) px[i] |= 0xff000000;
        return Canvas.of(px, before.width(), before.height());
    }

    /**
     * Events as if from the driver's device. fb_headless drops them while no client holds its Input
     * session, so this first waits for a first frame: nitpicker opens Input before it composes.
     */
    public void inject(InputEvent... es) {
        Await.until("a first frame (nitpicker listens)", () -> frames() > 0);
        events().submit(List.of(es));
    }

    /** Waits for {@code condition} on the screen; on a timeout the screen goes to target/screens/timeout-*.png. */
    public void awaitScreen(String what, BooleanSupplier condition) {
        try {
            Await.until(what, condition);
        } catch (AssertionError e) {
            Path png = Path.of("target", "screens", "timeout-" + what.replaceAll("\\W+", "_") + ".png");
            writePng(png);
            throw new AssertionError(e.getMessage() + " (screen in " + png + ")", e);
        }
    }

    /** Writes what the screen shows to {@code png}. */
    public void writePng(Path png) { Pngs.write(image(), png.toAbsolutePath()); }

    private CaptureSession capture() {
        if (capture == null) capture = tester.onEp(env -> env.session(CaptureSession.class, "screen"));
        return capture;
    }

    private EventSession events() {
        if (events == null) events = tester.onEp(env -> env.session(EventSession.class, "device"));
        return events;
    }
}
