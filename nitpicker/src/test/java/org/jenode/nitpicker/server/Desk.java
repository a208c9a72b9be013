package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jenode.base.Binary;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.nitpicker.testing.GuiClient;

/** A running test desktop: fake display, nitpicker with {@code config}, and probe clients by name. */
final class Desk implements AutoCloseable {

    static final String DEFAULT_CONFIG = """
            <domain name="pointer" layer="1" xray="no" origin="pointer"/>
            <domain name="top" layer="2" color="#ffaa00"/>
            <domain name="default" layer="3" color="#4488ff"/>
            <policy label="top" domain="top"/>
            <policy label="" domain="default"/>
            <pointer draw="no"/>
            """;

    final FakeDisplay display;
    final Core core;
    final Map<String, GuiClient> clients = new LinkedHashMap<>();

    private final String romNodes;
    private final String[] clientNames;

    Desk(int w, int h, String config, String... clientNames) { this("", w, h, config, clientNames); }

    /** {@code romNodes}: scenario {@code <rom name>} nodes that core serves (e.g. a focus ROM). */
    Desk(String romNodes, int w, int h, String config, String... clientNames) {
        this.romNodes = romNodes;
        this.clientNames = clientNames;
        display = new FakeDisplay(w, h);
        List<Binary> extra = new ArrayList<>(List.of(display.binary()));
        for (String name : clientNames) {
            Probe p = new Probe(name);
            extra.add(p.binary());
            clients.put(name, new GuiClient(p));
        }
        String scenario = TestScenario.withDefaults(starts(config));
        int body = scenario.indexOf('>') + 1;
        scenario = scenario.substring(0, body) + romNodes + scenario.substring(body);
        core = TestScenario.start(scenario, extra.toArray(Binary[]::new));
    }

    /** Replaces nitpicker's config while everything keeps running (init passes the new config ROM on). */
    void reconfigure(String config) {
        String scenario = TestScenario.withDefaults(starts(config));
        int from = scenario.indexOf("<config>"), to = scenario.lastIndexOf("</config>") + "</config>".length();
        core.rom("config").set(scenario.substring(from, to));
    }

    private String starts(String config) {
        StringBuilder starts = new StringBuilder("""
                <start name="fake_fb"> <resource name="RAM" quantum="64M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> </provides> </start>
                <start name="nitpicker"> <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Nitpicker"/> </provides>
                """).append(config.startsWith("<config") ? config : "<config>" + config + "</config>").append(" </start>\n");
        for (String name : clientNames)
            starts.append("<start name=\"").append(name).append("\"> <resource name=\"RAM\" quantum=\"32M\"/> </start>\n");
        return starts.toString();
    }

    /** Clients "a" (red, left) and "b" (green, right), each one opaque 50x50 view on the top edge. */
    record SideBySide(GuiClient left, GuiClient right) { }

    /** Opens "a" and "b" as {@link SideBySide}: a at (0,0), b at (100,0). */
    SideBySide sideBySide() {
        GuiClient a = client("a").open(1 << 20, 100, 100, false, 0xffff0000);
        GuiClient b = client("b").open(1 << 20, 100, 100, false, 0xff00ff00);
        a.view(ViewHandle.NONE, new Rect(0, 0, 50, 50));
        b.view(ViewHandle.NONE, new Rect(100, 0, 50, 50));
        return new SideBySide(a, b);
    }

    GuiClient client(String name) { return clients.get(name); }

    @Override public void close() { core.close(); }
}
