package org.jenode.decorator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.nitpicker.testing.NitpickerStart;

/**
 * The decorator as the wm stack runs it, with probes in the wm's and the layouter's places: on the
 * real {@code fb_headless} and nitpicker, talking through {@code report_rom} in Genode's formats. The
 * probe {@code layouter} publishes {@code window_layout} and reads {@code hover} and
 * {@code decorator_margins}; the probe {@code wm} publishes {@code pointer}; theme ROMs come from a
 * {@link RomServer} that the test fills; the decorator's nitpicker session passes a
 * {@link CommandRecorder} (where the wm would be). Pixels are read back from the driver.
 */
final class DecoratorDesk implements AutoCloseable {

    static final int WIDTH = 640, HEIGHT = 480;

    final HeadlessScreen screen = new HeadlessScreen(WIDTH, HEIGHT);
    final RomServer themes = new RomServer();
    final CommandRecorder recorder = new CommandRecorder();
    private final Probe layouter = new Probe("layouter"), wm = new Probe("wm");
    /** Another nitpicker client, to see where the decorator's views stand in nitpicker's stack. */
    final Probe app = new Probe("app");
    private final String background;
    private Core core;
    private String binary;

    /** A desk on black, so that anything the decorator draws stands out. */
    DecoratorDesk() { this("#000000"); }

    /** A desk whose nitpicker background is {@code background} ({@code #rrggbb}). */
    DecoratorDesk(String background) { this.background = background; }

    /** Starts {@code binary} ({@code decorator} or {@code themed_decorator}) with {@code config} (its {@code <config>} node). */
    DecoratorDesk start(String binary, String config) {
        this.binary = binary;
        core = screen.start(starts(config), layouter.binary(), wm.binary(), themes.binary("themes"), recorder.binary("recorder"), app.binary());
        return this;
    }

    Core core() { return core; }

    private String starts(String config) {
        return NitpickerStart.with("""
                <domain name="decorator" layer="1"/>
                <policy label="recorder" domain="decorator"/>
                <policy label="app" domain="decorator"/>
                <background color="%s"/>
                <pointer draw="no"/>
                """.formatted(background)) + """
            <start name="report_rom">
              <resource name="RAM" quantum="2M"/>
              <provides> <service name="ROM"/> <service name="Report"/> </provides>
              <config>
                <policy label="decorator -> window_layout"     report="layouter -> window_layout"/>
                <policy label="decorator -> pointer"           report="wm -> pointer"/>
                <policy label="layouter -> hover"              report="decorator -> hover"/>
                <policy label="layouter -> decorator_margins"  report="decorator -> decorator_margins"/>
              </config>
            </start>
            <start name="themes"> <resource name="RAM" quantum="1M"/> <provides> <service name="ROM"/> </provides> </start>
            <start name="recorder">
              <resource name="RAM" quantum="16M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <route> <any-service> <child name="nitpicker"/> <parent/> </any-service> </route>
            </start>
            <start name="decorator">
              <binary name="%s"/>
              <resource name="RAM" quantum="24M"/>
              %s
              <route>
                <service name="ROM" label_prefix="theme/"> <child name="themes"/> </service>
                <service name="ROM" label="window_layout"> <child name="report_rom"/> </service>
                <service name="ROM" label="pointer"> <child name="report_rom"/> </service>
                <service name="Report"> <child name="report_rom"/> </service>
                <service name="Nitpicker"> <child name="recorder"/> </service>
                <any-service> <parent/> <any-child/> </any-service>
              </route>
            </start>
            <start name="layouter">
              <resource name="RAM" quantum="1M"/>
              <route> <any-service> <child name="report_rom"/> <parent/> </any-service> </route>
            </start>
            <start name="wm">
              <resource name="RAM" quantum="1M"/>
              <route> <any-service> <child name="report_rom"/> <parent/> </any-service> </route>
            </start>
            <start name="app">
              <resource name="RAM" quantum="4M"/>
              <route> <any-service> <child name="nitpicker"/> <parent/> </any-service> </route>
            </start>
            """.formatted(binary, config);
    }

    /** Changes the decorator's config while it runs, as init's config changes would. */
    void reconfigure(String config) { core.rom("config").set(screen.initConfig(starts(config))); }

    /** The layouter publishes {@code <window_layout>windows</window_layout>}. */
    void layout(String windows) { rawLayout("<window_layout>" + windows + "</window_layout>"); }

    /** The layouter publishes exactly {@code text}, which need not be well-formed. */
    void rawLayout(String text) { layouter.report("window_layout", text); }

    void pointer(int x, int y) { rawPointer("<pointer xpos=\"" + x + "\" ypos=\"" + y + "\"/>"); }

    void pointerLeft() { rawPointer("<pointer/>"); }

    void rawPointer(String text) { wm.report("pointer", text); }

    /** The hover report as the layouter reads it, once {@code until} holds. */
    XmlNode hover(Predicate<XmlNode> until) { return layouter.awaitRom("hover", until); }

    XmlNode margins() { return layouter.awaitRom("decorator_margins", n -> n.is("decorator_margins")); }

    int rgb(int x, int y) { return screen.rgb(x, y); }

    /** Serves the shipped theme {@code name} (the files in {@code themes/<name>/}) as ROMs {@code theme/<name>/...}. */
    void shippedTheme(String name) {
        for (String file : new String[] {"metadata", "default.png", "closer.png", "maximizer.png"}) {
            try {
                themes.set("theme/" + name + "/" + file, Files.readAllBytes(Path.of("..", "themes", name, file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What the screen should show at (x, y), and why. */
    record Pixel(String what, int x, int y, int rgb) {
        @Override public String toString() { return String.format("%s (%d,%d) = #%06x", what, x, y, rgb); }
    }

    static Pixel pixel(String what, int x, int y, int rgb) { return new Pixel(what, x, y, rgb); }

    /** Waits until the screen shows all of {@code expected} at once; a timeout names the ones that differ. */
    void awaitPixels(Pixel... expected) {
        List<String> wrong = new ArrayList<>();
        try {
            screen.awaitScreen("pixels", () -> {
                wrong.clear();
                for (Pixel p : expected) {
                    int shown = screen.rgb(p.x(), p.y());
                    if (shown != p.rgb()) wrong.add(p + " but shows #" + String.format("%06x", shown));
                }
                return wrong.isEmpty();
            });
        } catch (AssertionError e) {
            throw new AssertionError(String.join("\n", wrong), e);
        }
    }

    /**
     * Waits until the screen shows {@code rgb} at (x, y). A test awaits every area it checks after a
     * change: the screen shows one refresh rectangle after the other, so one area may already show a
     * change that another one does not show yet.
     */
    void awaitRgb(String what, int x, int y, int rgb) {
        screen.awaitScreen(what + String.format(" (%d,%d) = #%06x", x, y, rgb), () -> screen.rgb(x, y) == rgb);
    }

    @Override public void close() { if (core != null) core.close(); }
}
