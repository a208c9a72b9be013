package org.jenode.wm;

import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Pngs;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.nitpicker.testing.GuiClient;
import org.jenode.nitpicker.testing.NitpickerStart;

/**
 * The wm as a desktop runs it, on the real headless driver: report_rom wired as in Genode's wm.run,
 * nitpicker (the decorator in its own domain, same layer as the windows), the wm, and probes standing
 * in for the decorator, the layouter and three clients: {@code app} and {@code other} become windows,
 * {@code menu} is direct.
 */
final class WmDesk implements AutoCloseable {

    static final int WIDTH = 400, HEIGHT = 300;
    static final int FRAME = 0xff336699, BLACK = 0xff000000;

    static final String REPORT_ROM = """
            <start name="report_rom">
              <resource name="RAM" quantum="2M"/>
              <provides> <service name="Report"/> <service name="ROM"/> </provides>
              <config>
                <policy label="layouter -> window_list"       report="wm -> window_list"/>
                <policy label="layouter -> focus_request"     report="wm -> focus_request"/>
                <policy label="decorator -> window_layout"    report="layouter -> window_layout"/>
                <policy label="wm -> resize_request"          report="layouter -> resize_request"/>
                <policy label="decorator -> pointer"          report="wm -> pointer"/>
                <policy label="layouter -> hover"             report="decorator -> hover"/>
                <policy label="layouter -> decorator_margins" report="decorator -> decorator_margins"/>
                <policy label="wm -> focus"                   report="layouter -> focus"/>
              </config>
            </start>
            """;

    static final String NITPICKER = NitpickerStart.with("""
            <report focus="yes" hover="yes"/>
            <domain name="decorator" layer="2" xray="opaque" color="#ffaa00" label="no"/>
            <domain name="default"   layer="2" color="#66ccff"/>
            <policy label_prefix="wm -> decorator" domain="decorator"/>
            <policy label="" domain="default"/>
            <global-key name="KEY_LEFTMETA"   label="wm -> decorator"/>
            <global-key name="KEY_SCROLLLOCK" operation="xray"/>
            <background color="#000000"/>
            <pointer draw="no"/>
            """);

    final HeadlessScreen screen = new HeadlessScreen(WIDTH, HEIGHT);
    final Core core;
    final DecoratorProbe decorator = new DecoratorProbe(new Probe("decorator"));
    final LayouterProbe layouter = new LayouterProbe(new Probe("layouter"));
    final GuiClient app = new GuiClient(new Probe("app"));
    final GuiClient other = new GuiClient(new Probe("other"));
    final GuiClient menu = new GuiClient(new Probe("menu"));
    /** A client of nitpicker itself, beside the wm. */
    final GuiClient plain = new GuiClient(new Probe("plain"));

    /** {@code wmConfig}: extra nodes and attributes of the wm's config, e.g. {@code close_timeout_ms="300"}. */
    WmDesk(String wmAttributes) {
        core = screen.start(REPORT_ROM + NITPICKER + wm(wmAttributes)
                        + roled("decorator") + roled("layouter") + client("app", "wm") + client("other", "wm") + client("menu", "wm") + client("plain", "nitpicker"),
                decorator.probe.binary(), layouter.probe.binary(), app.probe().binary(), other.probe().binary(), menu.probe().binary(),
                plain.probe().binary());
        decorator.open(WIDTH, HEIGHT, FRAME);
        layouter.open();
    }

    WmDesk() { this(""); }

    private static String wm(String attributes) {
        return """
            <start name="wm">
              <resource name="RAM" quantum="32M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <route>
                <service name="Nitpicker"> <child name="nitpicker"/> </service>
                <service name="ROM" label="focus"> <child name="report_rom"/> </service>
                <service name="ROM" label="resize_request"> <child name="report_rom"/> </service>
                <service name="Report"> <child name="report_rom"/> </service>
                <any-service> <parent/> </any-service>
              </route>
              <config %s>
                <policy label_prefix="decorator" role="decorator"/>
                <policy label_prefix="layouter"  role="layouter"/>
                <policy label="menu" direct="yes"/>
              </config>
            </start>
            """.formatted(attributes);
    }

    private static String roled(String name) {
        return """
            <start name="%s">
              <resource name="RAM" quantum="8M"/>
              <route>
                <service name="Nitpicker"> <child name="wm"/> </service>
                <service name="ROM"> <child name="report_rom"/> </service>
                <service name="Report"> <child name="report_rom"/> </service>
                <any-service> <parent/> </any-service>
              </route>
            </start>
            """.formatted(name);
    }

    private static String client(String name, String server) {
        return """
            <start name="%s">
              <resource name="RAM" quantum="8M"/>
              <route> <service name="Nitpicker"> <child name="%s"/> </service> <any-service> <parent/> </any-service> </route>
            </start>
            """.formatted(name, server);
    }

    /** The pixel as the screen shows it, opaque, or 0 off the screen. */
    int pixel(int x, int y) {
        int rgb = screen.rgb(x, y);
        return rgb < 0 ? 0 : 0xff000000 | rgb;
    }

    void awaitPixel(String what, int x, int y, int argb) {
        screen.awaitScreen(what, () -> pixel(x, y) == argb);
    }

    /** Waits for nitpicker's focus report to name {@code label}. */
    XmlNode awaitFocus(String label) {
        return Await.report(core, "init -> nitpicker -> focus", f -> f.attribute("label", "").equals(label));
    }

    void png(String name) { Pngs.write(screen.image(), name); }

    @Override public void close() { core.close(); }
}
